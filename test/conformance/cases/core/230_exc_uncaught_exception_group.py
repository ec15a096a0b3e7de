raise ExceptionGroup('several', [ValueError('a'), KeyError('b')])
