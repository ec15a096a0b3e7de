if True:
    pass
  print('bad dedent')
