def api():
    return 'api called'
print('guarded __name__ is', __name__)
if __name__ == '__main__':
    print('this must not print on import')
