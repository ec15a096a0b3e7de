class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
fs = [Multiplier(i) for i in range(1, 4)]
print([f(10) for f in fs], list(map(Multiplier(2), [1, 2])))
class Account:
    def __init__(self, balance): self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self
acc = Account(10)
dep = acc.deposit
dep(5).deposit(5)
print(acc.balance, dep.__name__, dep.__self__ is acc)
unbound = Account.deposit
unbound(acc, 1)
print(acc.balance)
print(Account.deposit.__qualname__, type(Account.__init__).__name__)
