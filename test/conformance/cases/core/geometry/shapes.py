print('geometry.shapes imported as', __name__)
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
def describe():
    return f'shapes module, package={__package__}'
_private = 'hidden'
public = 'visible'
