"""Generates WordDictionary call sequences: python3 gen.py SEED CALLS MODE.

CALLS is the number of addWord/search calls after the constructor (at most 10^4). MODE:
- `random`: words of length 1..25 over `abcde`, adds and searches interleaved; searches copy an
  added word or make a near miss, then replace up to two letters with dots;
- `shared-prefix`: half the calls add words of length 25 with the same 20-letter start, then the
  rest search, mostly for near misses, so comparing against every stored word letter by letter
  is slow; searches put their dots in the last three letters;
- `adds-then-searches`: half the calls add words over `ab`, then the rest search (many matches
  and many near misses with dots);
- `front-dots`: words with many different first letters; searches start with one or two dots.
"""
import json
import random
import sys

seed, calls, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALPHA = "abcdefghijklmnopqrstuvwxyz"
added = []


def new_word():
    if mode == "shared-prefix":
        return "q" * 20 + "".join(rng.choice(ALPHA) for _ in range(5))
    if mode in ("adds-then-searches", "shared-prefix"):
        return "".join(rng.choice("ab") for _ in range(rng.randint(1, 12)))
    if mode == "front-dots":
        return rng.choice(ALPHA) + rng.choice(ALPHA) + "".join(rng.choice("mn") for _ in range(rng.randint(0, 10)))
    return "".join(rng.choice("abcde") for _ in range(rng.randint(1, 25)))


def query():
    if added and rng.random() < 0.7:
        w = list(rng.choice(added))
        if rng.random() < (0.9 if mode == "shared-prefix" else 0.4):  # near miss: change, add or drop one letter
            r = rng.random()
            if r < 0.4:
                i = rng.randrange(len(w))
                w[i] = rng.choice(ALPHA)
            elif (r < 0.7 and len(w) < 25) or len(w) == 1:
                w.append(rng.choice("abxyz"))
            else:
                w.pop()
    else:
        w = list(new_word())
    dots = rng.choice([0, 1, 2, 2])
    if mode == "shared-prefix":
        spots = list(range(max(0, len(w) - 3), len(w)))
    elif mode == "front-dots":
        spots = list(range(min(2, len(w))))
        dots = max(dots, 1)
    else:
        spots = list(range(len(w)))
    for i in rng.sample(spots, min(dots, len(spots))):
        w[i] = "."
    return "".join(w)


names, args = ["WordDictionary"], [[]]
for c in range(calls):
    if mode in ("adds-then-searches", "shared-prefix"):
        add = c < calls // 2
    else:
        add = not added or rng.random() < 0.5
    if add:
        w = new_word()
        added.append(w)
        names.append("addWord")
    else:
        w = query()
        names.append("search")
    args.append([w])
print(json.dumps({"calls": names, "args": args}))
