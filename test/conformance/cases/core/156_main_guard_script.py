def compute():
    return sum(range(10))
print('module level', __name__)
if __name__ == '__main__':
    print('guarded', compute())
else:
    print('imported')
