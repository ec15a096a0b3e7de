线程 = 1
print(线程)
café = 2
Ωmega = café + 线程
def 函数(参数):
    return 参数
class Ünïcode:
    属性 = 1
x = Ünïcode.属性
ﬁ = 1
