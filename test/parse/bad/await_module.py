x = f(await g(1).h[2] + 3)
