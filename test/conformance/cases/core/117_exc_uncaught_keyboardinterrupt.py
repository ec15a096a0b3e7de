print('about to interrupt')
raise KeyboardInterrupt
