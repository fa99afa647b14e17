"""Generates distinct-subsequences inputs: python3 gen.py SEED N MODE K.

MODE:
  `trap`     s = a^N, t = a^K b: the answer is 0, but the ways to place the a's are astronomically
             many (32-bit overflow in the middle), and a search without memory tries them all.
  `delete`   s random over "ab", t = s with K random positions deleted (answer < C(N, K)).
  `letters`  s random over 26 letters, t a random subsequence of length K (lengthened until the
             answer fits in 32 bits).
  `case`     like `delete`, over "aA" (upper and lower case are different letters).
"""
import json
import random
import string
import sys

seed, n, mode, k = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
rng = random.Random(seed)


def count(s, t):
    ways = [1] + [0] * len(t)
    for c in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == c:
                ways[j] += ways[j - 1]
    return ways[-1]


if mode == "trap":
    s, t = "a" * n, "a" * k + "b"
elif mode in ("delete", "case"):
    s = "".join(rng.choice("ab" if mode == "delete" else "aA") for _ in range(n))
    gone = set(rng.sample(range(n), k))
    t = "".join(c for i, c in enumerate(s) if i not in gone)
else:
    s = "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
    while True:
        keep = sorted(rng.sample(range(n), k))
        t = "".join(s[i] for i in keep)
        if count(s, t) < 2**31:
            break
        k += max(1, k // 10)
print(json.dumps({"s": s, "t": t}))
