# CPython 3.11's specific SyntaxError messages (compile() of bad source) and \N{...} escapes
cases = [
    'x = 1 if True\n', 'x = 1 if a +\n', '[x if y for x in z]\n', 'def f:\n    pass\n',
    'f(x for x in y, 1)\n', 'f(1, x for x in y)\n', 'if x = 1:\n    pass\n', 'while a.b = 1:\n    pass\n',
    'f(a.b = 1)\n', 'f(True = 1)\n', 'await x\n', 'def f():\n    await x\n', 'g = lambda: await x\n',
    'def f():\n    return [await y for y in z]\n', 'await x\nx = = 1\n', 'x = 1\0\n', 's = "\\N{NO SUCH NAME}"\n',
]
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ['x = 1\0', '1\0']:
    for run in (exec, eval):
        try:
            run(src)
        except SyntaxError as e:
            print(run.__name__, e.args, e.lineno, e.text)
print(ascii("\N{EM DASH}\N{snowman}\N{GRINNING FACE}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{BOM}\N{LINE FEED}"))
print(ascii(f"\N{BULLET} {1 + 1} \N{DEGREE SIGN}"))
