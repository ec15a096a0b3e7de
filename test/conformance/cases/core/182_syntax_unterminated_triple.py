print('never')
s = """never closed
x = 1
