"""Large log-latency-percentiles inputs: python3 gen.py SEED N ENDPOINTS.

N log lines spread over ENDPOINTS endpoints (one endpoint holds about half of the lines), with
timestamps out of order, any status, and latencies from a long-tailed distribution over
0..10^9 (numeric order differs from string order).
"""
import random
import sys

seed, n, k = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_-."
endpoints = set()
while len(endpoints) < k:
    endpoints.add("/" + "".join(rng.choice(chars) for _ in range(rng.randint(0, 49))))
endpoints = sorted(endpoints)
rng.shuffle(endpoints)
lines = [str(n)]
for _ in range(n):
    e = endpoints[0] if rng.random() < 0.5 else rng.choice(endpoints)
    r = rng.random()
    if r < 0.9:
        lat = rng.randint(0, 999)
    elif r < 0.99:
        lat = rng.randint(1000, 10**6)
    else:
        lat = rng.randint(10**6, 10**9)
    lines.append("%d %s %d %d" % (rng.randint(0, 2 * 10**9), e, rng.randint(100, 599), lat))
print("\n".join(lines))
