for expr in ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '2 ** 100 // 0', '0.0 ** -1']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', e)
