class _localimpl:
    """管理线程本地字典的类"""
    # 现在 _localimpl 类的实例只允许有如下属性
    __slots__ = 'key', 'dicts', 'localargs', 'locallock', '__weakref__'

    def __init__(self):
	    # 创建 key：对于每一个 _localimpl 实例都不相同
        self.key = '_threading_local._localimpl.' + str(id(self))
        # 创建字典：它将 id(Thread):(ref(Thread), thread-local dict)
        self.dicts = {}

    def get_dict(self):
        """返回当前线程的字典。如果没有定义则引发 KeyError。"""
        thread = current_thread()
        return self.dicts[id(thread)][1]

    def create_dict(self):
        """为当前线程创建一个新字典，并返回它。"""
        localdict = {}  # 创建一个局部字典
        key = self.key  # 获取当前的 key
        thread = current_thread()  # 获取当前线程
        idt = id(thread)  # 当前线程对象的 id
        
        def local_deleted(_, key=key):
	        # 当 _localimpl 实例被删除，
	        # 则需要删除 current_thread().__dict__[key]
            thread = wrthread()
            if thread is not None:
                del thread.__dict__[key]
        
        def thread_deleted(_, idt=idt):
	        # 当线程对象被删除时，同步删除该线程的局部字典
            local = wrlocal()  # 返回 _localimpl 对象，即 self
            if local is not None:
                dct = local.dicts.pop(idt)  # 删除局部字典
        
        # ref 创建关联关系。wrlocal() 就会返回 slef
        wrlocal = ref(self, local_deleted)
        # ref 创建关联关系：wrthread() 返回 thread
        wrthread = ref(thread, thread_deleted)
	    
	    # 在当前线程对象中增加一个属性
        thread.__dict__[key] = wrlocal
        
        # 保存当前线程对应的局部字典
        self.dicts[idt] = wrthread, localdict
        return localdict
