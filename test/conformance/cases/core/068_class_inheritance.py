class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('a'), Dog('d'), Puppy('p')]:
    print(a.speak())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__bases__, Puppy.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy('x'), (int, Dog)), Dog.__subclasses__())
