raise ValueError('中文错误信息 🐍')
