"""Generates alien-dictionary inputs: python3 gen.py SEED WORDS MAXLEN LETTERS MODE.

Draws WORDS words of 1..MAXLEN letters over LETTERS letters of a secret order, many sharing long
stems, and sorts them by that order (`sorted`). Other modes then spoil the list: `swap` exchanges
two neighbours, `prefix` puts a word right before its own prefix, `cycle` ends the list with two
one-letter words that contradict a comparison made earlier.
"""
import json
import random
import sys

seed, count, maxlen, nletters, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                                       int(sys.argv[4]), sys.argv[5])
rng = random.Random(seed)
alphabet = rng.sample("abcdefghijklmnopqrstuvwxyz", nletters)
rank = {ch: i for i, ch in enumerate(alphabet)}
key = lambda w: [rank[c] for c in w]
stems = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, maxlen - 1))) for _ in range(5)]
size = count - 2 if mode in ("prefix", "cycle") else count
words = []
while len(words) < size:
    stem = rng.choice(stems) if rng.random() < 0.6 else ""
    w = stem + "".join(rng.choice(alphabet) for _ in range(rng.randint(1, maxlen)))
    words.append(w[:maxlen])
words.sort(key=key)


def first_difference(a, b):
    for x, y in zip(a, b):
        if x != y:
            return x, y
    return None


if mode == "swap":
    idx = [i for i in range(size - 1) if first_difference(words[i], words[i + 1])]
    i = rng.choice(idx)
    words[i], words[i + 1] = words[i + 1], words[i]
elif mode == "prefix":
    idx = [i for i in range(size) if len(words[i]) < maxlen]
    i = rng.choice(idx)
    words.insert(i, words[i] + rng.choice(alphabet))
elif mode == "cycle":
    pairs = [first_difference(a, b) for a, b in zip(words, words[1:])]
    p, q = rng.choice([d for d in pairs if d])
    words += [q, p]
elif mode != "sorted":
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"words": words}, separators=(",", ":")))
