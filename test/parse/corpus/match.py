# match statements: every pattern kind, guards, subjects, and the soft keywords used as names.
def describe(command, point, config):
    match command.split():
        case [action]:
            return action
        case ['go', direction] | ['move', direction]:
            return direction
        case ['drop', *objects, last]:
            return objects, last
        case [first, *_]:
            return first
        case []:
            return None
    match point:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y) if y > 0:
            return y
        case geometry.shapes.Point(x, y=_,):
            return x
        case (1, 2) | (3,) | () | (a,) | (b, *c,):
            pass
        case -1 | 2.5 | 1 + 2j | -3 - 4j | 'text' 'more' | b'raw' | None | True | False:
            pass
        case Color.RED | Color.GREEN as color:
            return color
        case {'name': str() as name, 'age': int(age), **rest}:
            return name, age, rest
        case {1: _, Color.RED: [x, y], None: {}}:
            pass
        case {**everything}:
            pass
        case {}:
            pass
        case (inner as grouped):
            pass
        case str() | bytes():
            pass
        case _:
            pass
    match config, point:
        case _:
            pass
    match config,:
        case (x, y) if (z := x + y) > 0:
            return z
    match (config):
        case [*_]:
            pass


match = {'match': 1}
case = match['match']
match[case] = case
match.copy()
print(match, case)
_ = match
