print('never')
break
