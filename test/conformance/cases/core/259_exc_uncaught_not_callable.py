handlers = {'a': print, 'b': 'oops'}
handlers['a']('calling a')
handlers['b']('calling b')
