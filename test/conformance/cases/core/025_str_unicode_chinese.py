s = '线程是一个独立的执行流'
print(len(s), s[0], s[-1], s[2:4], s[::-1])
print(s.find('独立'), s.replace('线程', 'thread'), s.encode('utf-8')[:6])
print('中文'.encode(), b'\xe4\xb8\xad'.decode('utf-8'), len('中文'.encode('utf-8')))
print(ord('中'), chr(20013), hex(ord('线')))
print('Python：并发模型'.split('：'))
print(f'{"名字":<6}|{"值":>4}|')
print(repr('中文'), ascii('中文'), '中' < '文', sorted('线程执行'))
