import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.not_(0))
print(op.eq(1, 1), op.lt(1, 2), op.contains([1, 2], 2), op.getitem('abc', 1), op.concat([1], [2]), op.index(5), op.truth([]))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g('xyz'), g2('xyz'), op.attrgetter('real')(3 + 4j), op.attrgetter('real', 'imag')(3 + 4j))
mc = op.methodcaller('replace', 'a', 'o')
print(mc('banana'), op.methodcaller('upper')('q'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.is_(None, None), op.is_not(1, None), op.and_(6, 3), op.or_(4, 1), op.xor(5, 1), op.invert(0), op.lshift(1, 3))
x = [1]
print(op.iadd(x, [2]), x)
