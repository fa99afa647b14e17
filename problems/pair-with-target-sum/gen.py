"""Large pair-with-target-sum inputs: python3 gen.py SEED T N MODE.

MODE: many-small (T cases of 1..N values each) | pair-at-end (one case; only the last two values
add up to the target: the worst case for trying every pair) | no-pair (one case, no pair at all)
| random (T cases of N values, about half with a pair). Prints the input.
"""
import random
import sys

seed, t, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
cases = []
if mode in ("pair-at-end", "no-pair"):
    # Even values only, target odd: no pair among them; then an odd value pairs with the last.
    a = [2 * rng.randint(-5 * 10**8, 5 * 10**8 - 1) for _ in range(n)]
    target = 2 * rng.randint(-5 * 10**8, 5 * 10**8) + 1
    if mode == "pair-at-end":
        a[-2] = target - a[-1]
        if abs(a[-2]) > 10**9:
            a[-1] = -a[-1]
            a[-2] = target - a[-1]
    cases.append((target, a))
else:
    for _ in range(t):
        m = rng.randint(1, n) if mode == "many-small" else n
        lim = 20 if mode == "many-small" else 10**9
        a = [rng.randint(-lim, lim) for _ in range(m)]
        target = rng.randint(-2 * lim, 2 * lim)
        cases.append((target, a))
out = [str(len(cases))]
for target, a in cases:
    out.append("%d %d" % (len(a), target))
    out.append(" ".join(map(str, a)))
print("\n".join(out))
