g = lambda: await x
