raise Exception('a', 2)
