import toolbox.cycle_a as a
import toolbox.cycle_b as b
print(a.from_b(), b.PARTIAL_AT_IMPORT, b.a_is_partial(), a.A_VALUE)
