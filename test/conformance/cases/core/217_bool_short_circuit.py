def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(not t([]))
x = t(None) or t('') or t('last')
print(repr(x))
print(1 if t(True) else t('never'))
