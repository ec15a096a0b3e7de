class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_valid(s):
        return s.count('-') == 2
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-01-31'), MyDate.from_string('1999-12-1'), Date.is_valid('1-2'), MyDate.is_valid('1-2-3'))
d = Date(1, 2, 3)
print(d.from_string('5-6-7'), d.is_valid('x'))
print(type(Date.__dict__['from_string']).__name__, type(Date.__dict__['is_valid']).__name__)
print(Date.__dict__['is_valid'].__func__('a-b-c'))
