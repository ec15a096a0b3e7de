import traceback, sys
try:
    int('nope')
except ValueError as e:
    parts = traceback.format_exception(e)
    print(parts[0], end='')
    print(parts[-1], end='')
    print(traceback.format_exception_only(type(e), e))
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(__file__, 'THIS_FILE'), end='')
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    out = traceback.format_exc().splitlines()
    print(out[-1], '|', [l for l in out if 'direct cause' in l])
