for src in ['1 +', 'def', 'x = = 1', '(]', 'a b', 'lambda: yield', 'f(**a, *b)', 'del 1', 'for x in', 'class']:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg, e.lineno)
