"""Word-break inputs at LeetCode's largest size: python3 gen.py SEED MODE.

MODE: almost-all-a (a^299 b, words a..a^20: false after exponentially many partial splits) |
all-a (true) | ab-trap (alternating letters, then a letter no word has) | big-dictionary (1000
random words, s made of them) | many-prefixes-fail. Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)


def random_words(count, letters, taken):
    words = []
    while len(words) < count:
        w = "".join(rng.choice(letters) for _ in range(rng.randint(1, 20)))
        if w not in taken:
            taken.add(w)
            words.append(w)
    return words


if mode == "almost-all-a":
    s, words = "a" * 299 + "b", ["a" * i for i in range(1, 21)]
elif mode == "all-a":
    s, words = "a" * 300, ["a" * i for i in range(2, 21, 3)]
elif mode == "ab-trap":
    words = []
    for length in range(1, 21):
        words += [("ab" * 10)[:length], ("ba" * 10)[:length]]
    s = ("ab" * 150)[:299] + "c"
elif mode == "big-dictionary":
    words = random_words(1000, "xyz", set())
    s = ""
    while len(s) < 300:
        fits = [w for w in words if len(w) <= 300 - len(s)]
        s += rng.choice(fits)
else:  # many-prefixes-fail
    words = ["q" * i for i in range(1, 21)]
    words += random_words(980, "qs", set(words))
    s = "q" * 299 + "z"
rng.shuffle(words)
print(json.dumps({"s": s, "wordDict": words}))
