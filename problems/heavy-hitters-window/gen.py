"""Large heavy-hitters-window call sequences: python3 gen.py SEED CALLS WINDOW KEYS MODE.

Keys are drawn from a pool of KEYS random keys with a skewed (Zipf-like) popularity, so the top
of the ranking is contested and ties are common. MODE: fill-then-query (a window longer than the
whole run: the first half records, the second half mostly queries a window of 5 * 10^4 events: the
worst case for recounting the window on each query) | sliding (records and queries mixed, time
advancing, so counts rise and fall as events leave the window) | ties (every key of a small pool
recorded in turn, so whole groups of keys share a count). Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, window, nkeys, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                                int(sys.argv[4]), sys.argv[5])
rng = random.Random(seed)
pool = set()
while len(pool) < nkeys:
    pool.add("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10))))
pool = sorted(pool)
rng.shuffle(pool)


def key():
    if mode == "ties":
        return pool[len(calls) % nkeys]
    return pool[min(nkeys - 1, int(nkeys ** rng.random()) - 1)]


calls, args = ["HeavyHitters"], [[window]]
t = 0
while len(calls) < n:
    if mode == "fill-then-query":
        t += rng.choice((0, 1))
        query = len(calls) > n // 2 and rng.random() < 0.9
    else:
        t += rng.choice((0, 0, 1, 1, 2, 3))
        query = rng.random() < 0.3
    if query:
        calls.append("top")
        args.append([rng.randint(1, 10), t])
    else:
        calls.append("record")
        args.append([key(), t])
print(json.dumps({"calls": calls, "args": args}))
