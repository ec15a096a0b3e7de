import string
t = string.Template('${name} has $$${amount}')
print(t.substitute({'name': 'Ann', 'amount': 5}))
print(string.Template('$a $b').safe_substitute(a=1))
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {:>5}', 'x', 'y'))
