"""Generates top-k-frequent-words inputs: python3 gen.py SEED N K MODE.

MODE: `zipf` (a few very common words, a long tail), `ties` (many words with the same count,
including prefixes of each other such as "ab"/"abc", so the alphabetical tie-break decides),
`unique` (every word different: the answer is the first K alphabetically). K larger than the
number of different words is lowered to it.
"""
import json
import random
import string
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def word(lo=1, hi=10):
    return "".join(rng.choice(string.ascii_lowercase[:6]) for _ in range(rng.randint(lo, hi)))


if mode == "unique":
    vocab = set()
    while len(vocab) < n:
        vocab.add(word(3, 10))
    words = list(vocab)
elif mode == "ties":
    base = [word(2, 6) for _ in range(15)]
    vocab = sorted(set(base + [b + rng.choice("abc") for b in base] + [b[:-1] for b in base if len(b) > 1]))
    words = []
    while len(words) < n:
        words += vocab
    words = words[:n]
else:
    vocab = list({word() for _ in range(120)})
    weights = [1 / (i + 1) for i in range(len(vocab))]
    words = rng.choices(vocab, weights=weights, k=n)
rng.shuffle(words)
k = min(k, len(set(words)))
print(json.dumps({"words": words, "k": k}))
