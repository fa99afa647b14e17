"""Large sliding-window-metric-alarm inputs: python3 gen.py SEED MODE.

MODE: overflow-small (a window sum past 2^31 from 4400 samples) | dense (2 * 10^5 samples, a window of 10^5 time units, 2 * 10^5 evaluations: summing each
window from scratch costs about 2 * 10^10 steps) | short-window | big-sums (values near 10^6 in a
huge window: sums need 64 bits). The level of the values drifts above and below the threshold so
the state changes many times. Prints the input.
"""
import math
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
n = 200000
if mode == "dense":
    w, thr, k, p, end = 100000, 500, 30, 1, 200000
    times = list(range(n))
    values = [max(0, min(10**6, int(500 + 400 * math.sin(t / 7000) + rng.randint(-300, 300))))
              for t in times]
elif mode == "overflow-small":
    # 2200 readings of 10^6 at time 1 (a sum of 2.2 * 10^9, past 2^31), then 2199 zeros at
    # time 2 and one more 10^6 at time 3.
    n, w, thr, k, p, end = 4400, 10, 999999, 1, 1, 3
    times = [1] * 2200 + [2] * 2199 + [3]
    values = [10**6] * 2200 + [0] * 2199 + [10**6]
elif mode == "short-window":
    w, thr, k, p, end = 20, 500, 5, 1, 200000
    times = sorted(rng.randint(0, 200000) for _ in range(n))
    values = [max(0, min(10**6, int(500 + 300 * math.sin(t / 500) + rng.randint(-400, 400))))
              for t in times]
else:  # big-sums
    w, thr, k, p, end = 10**9, 999999, 3, 1000, 2 * 10**8
    times = sorted(rng.randint(0, 2 * 10**8) for _ in range(n))
    values = [10**6 if math.sin(t / 10**7) + rng.random() - 0.5 > 0 else 999997 for t in times]
out = ["%d %d %d %d %d %d" % (n, w, thr, k, p, end)]
out += ["%d %d" % tv for tv in zip(times, values)]
print("\n".join(out))
