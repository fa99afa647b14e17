"""Large implement-trie-prefix-tree inputs: python3 gen.py SEED CALLS MODE [LEN SHARED].

MODE `random`: inserts, searches and prefix queries of short words over a small alphabet, in
random order; `shared`: a third of the calls insert words of LEN letters that all begin with the
same SHARED letters, then prefix queries (nine in ten) and searches that match that long common
part and miss only near the end (each one makes a naive scan compare it with every stored word).
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
calls, args = ["Trie"], [[]]


def rand(k, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(alphabet) for _ in range(k))


if mode == "shared":
    length, shared = int(sys.argv[4]), int(sys.argv[5])
    common = rand(shared)
    words = []
    for _ in range((total - 1) // 3):
        w = common + rand(length - shared)
        words.append(w)
        calls.append("insert")
        args.append([w])
    while len(calls) < total:
        w = rng.choice(words)
        cut = rng.randint(shared + 1, length)
        if rng.random() < 0.8:
            # change one letter after the common part: almost always a miss
            i = rng.randrange(shared, cut)
            w = w[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz".replace(w[i], "")) + w[i + 1:]
        if rng.random() < 0.9:
            calls.append("startsWith")
            args.append([w[:cut]])
        else:
            calls.append("search")
            args.append([w])
else:
    while len(calls) < total:
        r = rng.random()
        calls.append("insert" if r < 0.4 else "search" if r < 0.7 else "startsWith")
        args.append([rand(rng.randint(1, 8), "abcd")])
print(json.dumps({"calls": calls, "args": args}, separators=(",", ":")))
