s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize())
print('ß'.upper(), 'ǅ'.lower(), 'straße'.casefold())
print(s.startswith('Hell'), s.endswith(('x', 'ld')), s.startswith('World', 7))
print(s.find('o'), s.rfind('o'), s.find('z'), s.index('W'), s.count('l'), s.count(''))
try:
    s.index('z')
except ValueError as e:
    print('ValueError', e)
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '   '.isspace(), 'Ab'.istitle(), 'AB'.isupper(), 'ab'.islower(), '٣'.isdecimal(), 'x_1'.isidentifier())
