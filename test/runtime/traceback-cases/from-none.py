try:
    {}['a']
except KeyError:
    raise RuntimeError('replaced') from None
