for spec in ['', '10', '<10', '>10', '^10', '*^10', '+', ' ', '010', ',', '_', 'x', '#o', '08.2f', '.3e', '.2g', 'g', '%', '.1%', 'n', '=+10']:
    try:
        print(repr(spec), repr(format(12345, spec)), repr(format(-3.14159, spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print(format('abc', '^9'), format('abc', '.2'), format('abc', '>5.1'))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError', e)
print(format(True, 'd'), format(True), format(None), format(1.0), format(1e20, ','), format(0.1, '.20f'))
