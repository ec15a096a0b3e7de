class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point():
            return 'elsewhere'
        case None:
            return 'nothing'
print(where(Point(0, 0)), where(Point(0, 5)), where(Point(3, 0)), where(Point(1, 1)), where(None), where(5))
import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
match Color.BLUE:
    case Color.RED:
        print('red')
    case Color.BLUE:
        print('blue')
