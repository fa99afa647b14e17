"""Generates palindromePairs inputs: python3 gen.py SEED N MODE.

N distinct lowercase words. MODE `random`: lengths 0..300 over a..z, with planted partners (the
reverse of a word, or of its part beside a palindromic prefix or suffix). `ab`: length-300 words
of `a`s with two `b`s (long common runs: the worst case for checking every pair, and many
palindromic prefixes). `short`: lengths 1..3 over a..c plus the empty word (many pairs).
`mixed`: `a` repeated 0..300 times (every pair is a palindrome) and random words.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
words = set()


def rand_word(length, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(length))


if mode == "random":
    while len(words) < n:
        r = rng.random()
        w = rand_word(rng.randint(0, 300))
        words.add(w)
        if r < 0.2 and len(words) < n:
            words.add(w[::-1])
        elif r < 0.4 and w and len(words) < n:
            k = rng.randint(1, min(20, len(w)))
            pal = w[:k] + w[:k][::-1][1:]
            rest = w[: 300 - len(pal)]
            words.add(pal + rest)
            if len(words) < n:
                words.add(rest[::-1])
elif mode == "ab":
    while len(words) < n:
        i, j = rng.sample(range(300), 2)
        w = ["a"] * 300
        w[i] = w[j] = "b"
        words.add("".join(w))
elif mode == "short":
    words.add("")
    pool = [rand_word(l, "abc") for l in (1, 2, 3) for _ in range(200)]
    words.update(pool)
    words = set(list(words)[:n])
elif mode == "mixed":
    words.update("a" * k for k in range(301))
    while len(words) < n:
        words.add(rand_word(rng.randint(1, 300)))
else:
    raise SystemExit("unknown mode " + mode)
words = sorted(words)
rng.shuffle(words)
print(json.dumps({"words": words[:n]}, separators=(",", ":")))
