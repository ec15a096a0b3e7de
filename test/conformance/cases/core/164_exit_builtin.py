print('builtin exit')
exit(5)
