class Color:
    RED = 'red'
    GREEN = 'green'
    @classmethod
    def all(cls):
        return [v for k, v in vars(cls).items() if k.isupper()]
print(Color.all(), Color.RED)
class Status:
    __slots__ = ()
    OK, ERROR = range(2)
print(Status.OK, Status.ERROR)
