"""Large anagram-buckets inputs: python3 gen.py SEED N MODE.

MODE `mixed`: random words of 1..10 letters, about half of them rearrangements of earlier words;
`distinct`: n different words with no anagrams among them (n groups: the worst case for comparing
each word with every group so far); `few`: rearrangements of 20 base words (big groups).
"""
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
letters = "abcdefghijklmnopqrstuvwxyz"


def word():
    return "".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))


def shuffled(w):
    c = list(w)
    rng.shuffle(c)
    return "".join(c)


words = []
if mode == "distinct":
    seen = set()
    while len(words) < n:
        w = "".join(rng.choice(letters) for _ in range(rng.randint(6, 10)))
        key = "".join(sorted(w))
        if key not in seen:
            seen.add(key)
            words.append(shuffled(w))
elif mode == "few":
    base = [word() for _ in range(20)]
    words = [shuffled(rng.choice(base)) for _ in range(n)]
else:
    for _ in range(n):
        if words and rng.random() < 0.5:
            words.append(shuffled(rng.choice(words)))
        else:
            words.append(word())
print(n)
print(" ".join(words))
