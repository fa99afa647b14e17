"""Generates minimum-window-substring inputs: python3 gen.py SEED M N ALPHABET MODE.

s has M letters drawn from the first ALPHABET letters of a-zA-Z; t has N letters.
MODE:
  sample    t is drawn from s's letters (a real window exists); retried with a new draw until
            the shortest window is unique
  planted   s is random over a small alphabet, with two marker letters (outside that alphabet)
            planted once each far apart; t holds both markers plus letters of the stretch between
            them, so the answer is that long stretch (expensive for grow-from-every-start)
  absent    t needs one more copy of some letter than s has (answer "")
"""
import json
import random
import string
import sys
from collections import Counter

LETTERS = string.ascii_lowercase + string.ascii_uppercase
seed, m, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
alpha = LETTERS[:k]


def shortest_count(s, t):
    need = Counter(t)
    have = Counter()
    missing = len(t)
    best = None
    left = 0
    for right, c in enumerate(s):
        if have[c] < need[c]:
            missing -= 1
        have[c] += 1
        while missing == 0:
            if best is None or right - left + 1 < best:
                best = right - left + 1
            d = s[left]
            have[d] -= 1
            if have[d] < need[d]:
                missing += 1
            left += 1
    if best is None:
        return None, 0
    have = Counter(s[:best])
    deficit = sum(max(0, need[c] - have[c]) for c in need)
    count = 1 if deficit == 0 else 0
    for i in range(best, len(s)):
        a, r = s[i], s[i - best]
        if have[a] < need[a]:
            deficit -= 1
        have[a] += 1
        have[r] -= 1
        if have[r] < need[r]:
            deficit += 1
        if deficit == 0:
            count += 1
    return best, count


if mode == "sample":
    while True:
        s = "".join(rng.choice(alpha) for _ in range(m))
        t = "".join(rng.choice(alpha) for _ in range(n))
        best, count = shortest_count(s, t)
        if best is not None and count == 1:
            break
elif mode == "planted":
    s = [rng.choice(alpha) for _ in range(m)]
    p = rng.randint(m // 10, m // 5)
    q = rng.randint(m - m // 5, m - m // 10)
    s[p], s[q] = "Y", "Z"
    middle = s[p + 1:q]
    t = ["Y", "Z"] + rng.sample(middle, n - 2)
    rng.shuffle(t)
    s, t = "".join(s), "".join(t)
elif mode == "absent":
    s = "".join(rng.choice(alpha) for _ in range(m))
    c = rng.choice(alpha)
    t = [c] * (s.count(c) + 1)
    t += [rng.choice(alpha) for _ in range(max(0, n - len(t)))]
    rng.shuffle(t)
    t = "".join(t)
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s": s, "t": t}))
