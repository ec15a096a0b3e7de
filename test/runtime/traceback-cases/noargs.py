class MyError(Exception):
    pass

def go():
    raise MyError
go()
