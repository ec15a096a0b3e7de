f(True = 1)
