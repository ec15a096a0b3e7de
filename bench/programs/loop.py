# An integer while-loop with arithmetic and a branch (no calls in the loop body).
i = 0
total = 0
while i < 3_000_000:
    if i % 3 == 0:
        total += i
    else:
        total -= 1
    i += 1
print(total)
