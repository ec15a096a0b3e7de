if x:
	foo(a b)
