import argparse
p = argparse.ArgumentParser(description='测试线程局部变量')
p.add_argument('-l', '--loops', type=int, default=100, help='每个线程的循环次数')
p.add_argument('-t', '--threads', type=int, default=10, help='线程数量')
p.parse_args()
