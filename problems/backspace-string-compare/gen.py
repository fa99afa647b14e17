"""Generates backspace-string-compare inputs: python3 gen.py SEED LEN HASH MODE.

Strings of LEN characters, each '#' with probability HASH percent, over the letters a-c.
MODE: same (t is another typing of s's final text, with different keystrokes), differ (final
texts differ in one letter), random.
"""
import json
import random
import sys

seed, n, hashp, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def typed(n):
    return "".join("#" if rng.randrange(100) < hashp else rng.choice("abc") for _ in range(n))


def final(s):
    out = []
    for c in s:
        if c == "#":
            if out:
                out.pop()
        else:
            out.append(c)
    return "".join(out)


def retype(text, n):
    # Type `text` with random detours (letters typed and then deleted), within n keystrokes.
    out = []
    for c in text:
        if len(out) + len(text) * 1 < n and rng.random() < 0.3:
            k = rng.randint(1, 3)
            out += [rng.choice("abc") for _ in range(k)] + ["#"] * k
        out.append(c)
    while len(out) < n and rng.random() < 0.9:
        out.append("#")
    return "".join(out[:n]) if len(out) > n else "".join(out)


s = typed(n)
if mode == "random":
    t = typed(n)
else:
    text = final(s)
    if mode == "differ":
        if not text:
            text = "a"
        else:
            i = rng.randrange(len(text))
            text = text[:i] + ("b" if text[i] != "b" else "c") + text[i + 1:]
    t = retype(text, n)
    if final(t) != text:
        t = text if text else "#"
print(json.dumps({"s": s, "t": t}))
