nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(inf - inf, inf * 0, inf + 1, -inf * -1)
print([nan] == [nan], nan in [nan], nan is nan)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
