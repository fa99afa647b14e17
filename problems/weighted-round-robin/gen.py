"""Large weighted-round-robin inputs: python3 gen.py SEED Q MODE.

MODE: heavy-light (weights 1000 and 1, then a re-weight) | random (adds, removes, re-weights and picks over a pool that changes all the time) |
pick-heavy (50 servers, then almost only picks, with an occasional re-weight). The pool never holds
more than 50 servers. Prints the input.
"""
import random
import sys

seed, q, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
names = ["srv%d" % i for i in range(50)] if mode == "pick-heavy" else ["n%d" % i for i in range(80)]
pool = set()
lines = []
if mode == "heavy-light":
    # One server of weight 1000 and one of weight 1, then picks; near the end the light one is
    # re-weighted to 1000 while keeping its current value.
    lines = ["ADD big 1000", "ADD tiny 1"] + ["PICK"] * (q - 3)
    lines.insert(q - 5, "WEIGHT tiny 1000")
    print("%d\n%s" % (len(lines), "\n".join(lines)))
    sys.exit(0)
if mode == "pick-heavy":
    for name in names:
        lines.append("ADD %s %d" % (name, rng.randint(1, 1000)))
        pool.add(name)
while len(lines) < q:
    r = rng.random()
    if mode == "pick-heavy":
        if r < 0.97:
            lines.append("PICK")
        else:
            lines.append("WEIGHT %s %d" % (rng.choice(names), rng.randint(1, 1000)))
        continue
    name = rng.choice(names)
    if r < 0.2:
        if len(pool) < 50 or name in pool:
            lines.append("ADD %s %d" % (name, rng.randint(1, 1000)))
            pool.add(name)
    elif r < 0.3:
        lines.append("REMOVE %s" % name)
        pool.discard(name)
    elif r < 0.4:
        lines.append("WEIGHT %s %d" % (name, rng.randint(1, 1000)))
    else:
        lines.append("PICK")
print("%d\n%s" % (len(lines), "\n".join(lines)))
