"""Large http-router call sequences: python3 gen.py SEED CALLS MODE.

MODE: scan (half the calls register routes under a few shared prefixes, then route over and over:
the worst case for trying every route per request) | mixed (routes and requests interleaved over
a small vocabulary: literals, parameters and wildcards compete, duplicates, 404 and 405) |
explode (a literal and a parameter at each of five levels, and requests that fail only at the
sixth segment: the most backtracking the constraints allow) | backtrack (literal branches that fail deep below, so the parameter branch must be tried).
Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def word(lo=3, hi=8):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


calls, args = ["Router"], [[]]


def add(method, segs, handler=None):
    calls.append("addRoute")
    args.append([method, "/" + "/".join(segs), handler or word(1, 10)])


def req(method, segs):
    calls.append("route")
    args.append([method, "/" + "/".join(segs)])


if mode == "scan":
    resources = list({word(4, 9) for _ in range(total // 2)})
    kinds = [["api", "v1"], ["api", "v2"], ["svc", "internal"]]
    added = []
    for r in resources[: total // 2]:
        segs = rng.choice(kinds) + [r] + rng.choice([[":id"], [":id", "items", ":item"], ["list"], ["*"], []])
        method = rng.choice(METHODS)
        add(method, segs)
        added.append((method, segs))
    while len(calls) <= total:
        method, segs = rng.choice(added)
        path = [str(rng.randint(1, 10**6)) if s[0] == ":" else s for s in segs if s != "*"]
        if segs[-1] == "*":
            path += [word(1, 3) for _ in range(rng.randint(0, 2))]
        r = rng.random()
        if r < 0.2:
            method = rng.choice(METHODS)
        elif r < 0.3:
            path[2] = word(4, 9)
        req(method, path)
elif mode == "mixed":
    vocab = ["a", "b", "users", "me", "1", "x"]
    while len(calls) <= total:
        n = rng.randint(0, 6)
        if rng.random() < 0.3:
            n = min(n, 5)
            segs, names = [], set()
            for j in range(n):
                r = rng.random()
                if r < 0.6:
                    segs.append(rng.choice(vocab))
                else:
                    name = rng.choice("pqrstuvw")
                    while name in names:
                        name = rng.choice("pqrstuvw")
                    names.add(name)
                    segs.append(":" + name)
            if rng.random() < 0.25:
                segs.append("*")
            add(rng.choice(METHODS[:3]), segs)
        else:
            req(rng.choice(METHODS[:4]), [rng.choice(vocab) for _ in range(n)])
elif mode == "explode":
    # Every mix of the literal "a" and a parameter over five levels, then "end": a request
    # "/a/a/a/a/a/zz" visits all 32 branches before it fails.
    for mask in range(32):
        add("GET", ["a" if mask >> j & 1 else ":p" + chr(97 + j) for j in range(5)] + ["end"])
    add("PUT", ["a", "a", "*"])
    while len(calls) <= total:
        segs = [rng.choice("aaaab") for _ in range(5)] + [rng.choice(["zz", "zz", "zz", "end"])]
        req(rng.choice(["GET", "GET", "GET", "POST"]), segs)
else:
    # A chain of literal "a" segments plus a parameter at every level; only the parameter
    # branch reaches the end, so a request must back out of the literal branch level by level.
    depth = 6
    for d in range(1, depth):
        add("GET", ["a"] * d + ["stop"])
        add("GET", [":p%s" % chr(97 + j) for j in range(d)] + ["go" + str(d)])
    add("GET", ["a"] * depth)
    add("POST", ["a"] * 3 + ["*"])
    while len(calls) <= total:
        d = rng.randint(1, depth - 1)
        end = rng.choice(["go" + str(d), "stop", "zz", "a"])
        req(rng.choice(["GET", "GET", "POST", "PUT"]), ["a"] * d + [end])
print(json.dumps({"calls": calls, "args": args}))
