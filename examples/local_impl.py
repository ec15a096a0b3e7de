class local:
	# 限制 local 实例只有两个属性 _local_impl 和 __dict__
    __slots__ = '_local__impl', '__dict__'

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        # 调用 object 的 __new__ 方法创建 local 类的实例
        self = object.__new__(cls)
	    
	    # 创建 _localimpl 类的实例
        impl = _localimpl()
        impl.localargs = (args, kw)
        
        # 多读-单写锁，保护 local.__dict__ 属性的操作
        impl.locallock = RLock()
        
        # 在 local 类的实例上添加一个 _local_impl 属性
        # 其属性值为 _localimpl 类的实例
        object.__setattr__(self, '_local__impl', impl)
	    
        # 我们需要在__init__被调用之前创建 **线程字典**，
        # 以确保我们自己不会再次调用它。
        impl.create_dict()
	    
	    # 最后返回 local 类的实例
        return self

    def __getattribute__(self, name):
	    #  实现 local 实例的属性访问操作
        with _patch(self):
	        # 将属性访问委托给 object 的 __getattribute__ 方法
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
	    # 实现 local 实例的属性设置操作
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        with _patch(self):
	        # 将属性设置委托给 object 的 __setattr__ 方法
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
	    # 实现 local 实例的属性删除操作
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        with _patch(self):
	        # 将属性删除委托给 object 的 __delattr__ 方法
            return object.__delattr__(self, name)
