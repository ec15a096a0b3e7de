from toolbox import cycle_a
B_VALUE = 'b'
def a_is_partial():
    return hasattr(cycle_a, 'A_VALUE')
PARTIAL_AT_IMPORT = a_is_partial()
