from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
class Status(str, Enum):
    OK = 'ok'
    FAIL = 'fail'
    def describe(self):
        return f'status {self.value}'
print(Status.OK == 'ok', Status('fail'), Status.OK.describe(), Status.OK.upper())
try:
    Planet.EARTH = 1
except AttributeError as e:
    print('AttributeError', e)
