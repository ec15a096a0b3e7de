f(1, x for x in y for z in w if q)
