try:
    int('abc')
except ValueError:
    raise TypeError('replaced') from None
