class C:
    await x
x = = 1
