def helper():
    return 1
print(helper())
print(helpr())
