import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.capwords('hello   big world'), string.capwords('a-b c', '-'))
t = string.Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
f = string.Formatter()
print(f.format('{0}-{name}', 1, name='n'))
