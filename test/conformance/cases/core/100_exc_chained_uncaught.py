def fail():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('while handling') from e
print('before')
fail()
