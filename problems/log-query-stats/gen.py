"""Inputs for log-query-stats: python3 gen.py SEED N Q SERVICES PCT_QUERIES SPAN [MAXLAT].

N log lines (timestamps in [0, SPAN), shuffled), SERVICES distinct services, Q queries of which
PCT_QUERIES are percentile queries; windows are mostly wide (half or more of the span) so that
rescanning per query is as slow as it looks, with some empty and some boundary-exact windows.
With MAXLAT = 1 every latency is 10^6, so sums pass 2^31.
"""
import random
import sys

seed, n, q, s, pq, span = map(int, sys.argv[1:7])
maxlat = len(sys.argv) > 7 and sys.argv[7] == "1"
rng = random.Random(seed)
alpha = "abcdefghijklmnopqrstuvwxyz0123456789-"
services = set()
while len(services) < s:
    services.add(rng.choice("abcdefghijklmnopqrstuvwxyz") + "".join(rng.choice(alpha) for _ in range(rng.randint(0, 19))))
services = sorted(services)
levels = ["DEBUG", "INFO", "WARN", "ERROR"]
lines = []
stamps = []
for _ in range(n):
    t = rng.randrange(span)
    stamps.append(t)
    r = rng.random()
    lat = rng.randint(0, 999) if r < 0.9 else (rng.randint(1000, 10**6) if r < 0.995 else 10**6)
    if maxlat:
        lat = 10**6
    lines.append("%d %s %s %d" % (t, rng.choice(levels), rng.choice(services), lat))
queries = []
kinds = ["p%d(latency_ms)" % rng.randint(1, 100) for _ in range(pq)]
kinds += [rng.choice(["count", "sum(latency_ms)"]) for _ in range(q - pq)]
rng.shuffle(kinds)
for agg in kinds:
    field = rng.choice(["service", "level"])
    r = rng.random()
    if r < 0.05:
        lo = rng.randrange(span)
        hi = lo
    elif r < 0.15:
        lo, hi = rng.choice(stamps), rng.choice(stamps)
        lo, hi = min(lo, hi), max(lo, hi)
    elif r < 0.2:
        lo, hi = 0, 2 * 10**9
    else:
        lo = rng.randrange(span // 2)
        hi = rng.randrange(lo + span // 2, span + 1)
    queries.append("stats %s by %s %d %d" % (agg, field, lo, hi))
print("%d %d" % (n, q))
print("\n".join(lines))
print("\n".join(queries))
