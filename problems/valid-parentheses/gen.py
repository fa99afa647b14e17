"""Valid-parentheses inputs at LeetCode's largest size: python3 gen.py SEED N MODE.

MODE: random-valid | one-changed | deep | deep-mismatch | all-openers | side-by-side |
last-closer-wrong | outer-mismatch | unclosed-first. Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
PAIRS = {"(": ")", "[": "]", "{": "}"}


def random_valid(n):
    out, stack = [], []
    while len(out) + len(stack) < n:
        if stack and (rng.random() < 0.5 or len(out) + 2 * len(stack) + 2 > n):
            out.append(PAIRS[stack.pop()])
        else:
            c = rng.choice("([{")
            stack.append(c)
            out.append(c)
    while stack:
        out.append(PAIRS[stack.pop()])
    return out


if mode == "deep" or mode == "deep-mismatch":
    opens = [rng.choice("([{") for _ in range(n // 2)]
    s = opens + [PAIRS[c] for c in reversed(opens)]
    if mode == "deep-mismatch":
        i = n // 2
        s[i] = next(c for c in ")]}" if c != s[i])
elif mode == "all-openers":
    s = [rng.choice("([{") for _ in range(n)]
elif mode == "side-by-side":
    s = list("()[]{}" * (n // 6))
else:
    s = random_valid(n)
    if mode == "one-changed":
        i = rng.randrange(n)
        s[i] = rng.choice([c for c in "()[]{}" if c != s[i]])
    elif mode == "last-closer-wrong":
        s[-1] = next(c for c in ")]}" if c != s[-1])
    elif mode == "outer-mismatch":
        s = ["("] + random_valid(n - 2) + ["]"]
    elif mode == "unclosed-first":
        s = ["{"] + random_valid(n - 1 - (n - 1) % 2)
print(json.dumps({"s": "".join(s)}))
