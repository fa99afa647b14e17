"""Input validator for minimum-window-substring: exits 0 if valid, else prints why and exits 1.

Checks the sizes, the alphabet, and that the shortest covering window (if any) is unique.
"""
import json
import sys
from collections import Counter


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s", "t"}:
    fail("expected exactly the arguments s and t")
s, t = data["s"], data["t"]
for name, v in (("s", s), ("t", t)):
    if not isinstance(v, str) or not 1 <= len(v) <= 10**5:
        fail("%s must be a string of length 1..10^5" % name)
    if not all(("a" <= c <= "z") or ("A" <= c <= "Z") for c in v):
        fail("%s must hold English letters only" % name)

need = Counter(t)
# Shortest covering length, by a sliding window.
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
if best is not None:
    # Count covering windows of exactly that length (each is a shortest one).
    have = Counter(s[:best])
    deficit = sum(max(0, need[c] - have[c]) for c in need)
    count = 1 if deficit == 0 else 0
    for i in range(best, len(s)):
        add, rem = s[i], s[i - best]
        if have[add] < need[add]:
            deficit -= 1
        have[add] += 1
        have[rem] -= 1
        if have[rem] < need[rem]:
            deficit += 1
        if deficit == 0:
            count += 1
    if count != 1:
        fail("%d covering windows share the minimum length %d; the answer must be unique" % (count, best))
