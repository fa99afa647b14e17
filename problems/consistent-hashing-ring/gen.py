"""Large consistent-hashing-ring inputs: python3 gen.py SEED Q MODE.

MODE `static`: 100 nodes of 500 virtual nodes (5 * 10^4 points, the maximum), then only lookups;
`churn`: 200 ADD / REMOVE commands spread among the lookups, the ring kept under 5 * 10^4 points.
Keys are 1..20 characters of lowercase letters, digits and `#`.
"""
import random
import sys

seed, q, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
keychars = "abcdefghijklmnopqrstuvwxyz0123456789#"


def key():
    return "".join(rng.choice(keychars) for _ in range(rng.randint(1, 20)))


cmds = []
if mode == "static":
    for i in range(100):
        cmds.append("ADD node%d 500" % i)
    while len(cmds) < q:
        cmds.append("GET " + key())
else:
    ring = {}          # name -> v
    changes = set(range(50)) | set(rng.sample(range(50, q), 150))
    for t in range(q):
        if t in changes:
            total = sum(ring.values())
            if ring and (total > 40000 or rng.random() < 0.35):
                name = rng.choice(sorted(ring))
                del ring[name]
                cmds.append("REMOVE " + name)
            else:
                name = "s%d" % rng.randrange(400)
                v = rng.randint(1, min(500, 50000 - total))
                if name not in ring:
                    ring[name] = v
                cmds.append("ADD %s %d" % (name, v))
        else:
            cmds.append("GET " + key())
    cmds = cmds[:q]
print(len(cmds))
print("\n".join(cmds))
