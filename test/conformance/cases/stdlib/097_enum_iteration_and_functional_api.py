from enum import Enum, IntFlag
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal['CAT'])
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape(3), Shape.SQUARE.value)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R & 4)
