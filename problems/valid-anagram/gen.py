"""Valid-anagram inputs at LeetCode's largest size: python3 gen.py SEED N MODE.

MODE: sorted-vs-reversed (the worst case for crossing letters out one by one) | random-anagram |
one-changed. Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
s = [rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)]
if mode == "sorted-vs-reversed":
    s.sort()
    t = s[::-1]
else:
    t = s[:]
    rng.shuffle(t)
    if mode == "one-changed":
        i = rng.randrange(n)
        t[i] = "a" if t[i] != "a" else "b"
print(json.dumps({"s": "".join(s), "t": "".join(t)}))
