"""Generates decode-ways inputs: python3 gen.py SEED N MODE.

MODE:
  `dead`  many 1s and 2s ending in "00": the answer is 0, but plain recursion tries every one of
          the ~fib(n) ways to split the prefix before failing at the end.
  `big`   random digits, kept so the answer stays below 2^31 (pieces that would push it over are
          replaced by "10" or "20", which never change the count); the answer is large.
  `zeros` random digits with many zeros (most inputs decode in 0 or few ways).
  `late`  a prefix of 1s and 2s followed by a digit run that breaks only at the last character.
"""
import json
import random
import sys

LIMIT = 2**31 - 1


def count(s):
    ways = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        if s[i - 1] != "0":
            ways[i] += ways[i - 1]
        if i >= 2 and s[i - 2] != "0" and int(s[i - 2:i]) <= 26:
            ways[i] += ways[i - 2]
    return ways[-1]


seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "dead":
    s = "".join(rng.choice("12") for _ in range(n - 2)) + "00"
elif mode == "late":
    s = "".join(rng.choice("12") for _ in range(n - 3)) + "1" + "30"
elif mode == "zeros":
    s = "".join(rng.choice("0012") for _ in range(n))
else:
    s = ""
    while len(s) < n:
        piece = rng.choice(["1", "2", "1", "2", "12", "21", "3", "6", "7", "9", "10", "20", "26", "11"])
        piece = piece[: n - len(s)]
        if count(s + piece) > LIMIT or count(s + piece) == 0:
            piece = rng.choice(["10", "20"])[: n - len(s)]
            if len(piece) == 1 or count(s + piece) == 0 or count(s + piece) > LIMIT:
                piece = "9" if not s.endswith("1") else "7"
                if count(s + piece) > LIMIT:
                    piece = "0" if s.endswith("1") or s.endswith("2") else "9"
        s += piece
    assert 0 < count(s) <= LIMIT, (s, count(s))
print(json.dumps({"s": s}))
