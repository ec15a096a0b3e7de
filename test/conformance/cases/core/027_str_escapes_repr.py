print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr('tab\tnl\n'), repr('\\'), repr('\x00\x7f'))
print(r'raw\nstring', len(r'\n'), '\101\x42\u0043')
print("""triple
quoted""", '''x''')
print('con' 'cat' "enation")
print(str(b'bytes'), str(1.5), str(None), str([1, 'a']), repr(['a', "b'c"]))
