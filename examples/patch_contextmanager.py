@contextmanager
def _patch(self):
	# 获取当前 local 实例的 _local__impl 属性的值。即 _localimpl 类实例
    impl = object.__getattribute__(self, '_local__impl')
    try:
	    # 获取当前线程的局部字典
        dct = impl.get_dict()
    except KeyError:
	    # 如果当前线程没有局部字典，则创建局部字典
        dct = impl.create_dict()
        args, kw = impl.localargs
        self.__init__(*args, **kw)
    # 加锁
    with impl.locallock:
	    # 将 local 实例的 __dict__ 属性设置为当前线程的局部字典
        object.__setattr__(self, '__dict__', dct)
        yield
