class Util:
    @staticmethod
    def add(a, b):
        return a + b
    helpers = [add]
print(Util.add(1, 2), Util().add(3, 4), Util.helpers[0](5, 6))
class K:
    @classmethod
    def create(cls, *args):
        return cls, args
print(K.create(1)[1], K().create(2)[0] is K)
