# SyntaxErrors of except*: break/continue/return leaving the clause, a missing type, mixing with except.
sources = [
    'for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n',
    'for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return x\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return\n',
    'while True:\n    try:\n        pass\n    except* ValueError:\n        if x:\n            break\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            continue\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
    'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
    'try:\n    pass\nexcept*:\n    pass\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\nexcept* :\n    pass\n',
    # allowed: the loop or the function is inside the clause
    'def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n        def g():\n            return 1\n',
]
for src in sources:
    try:
        compile(src, 'case.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
