"""Generates findWords inputs: python3 gen.py SEED M N WORDS MODE.

MODE:
- `random`: board letters from `abcdefgh`; half the words are walks taken on the board (found),
  half are random strings (mostly not found); lengths 1..10.
- `letters26`: the same with the whole alphabet.
- `all-a`: a board of `a`s; the words are `a` * 1..10 plus words that start with six `a`s and end
  in letters missing from the board: every one of them can be followed along thousands of
  paths before it fails, which is the worst case for searching each word separately.
- `two-letters`: board over `ab`, words over `ab` of length up to 7 plus near misses.
"""
import json
import random
import sys

seed, m, n, count, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
alpha = {"random": "abcdefgh", "letters26": "abcdefghijklmnopqrstuvwxyz", "two-letters": "ab"}.get(mode, "a")
board = [[rng.choice(alpha) for _ in range(n)] for _ in range(m)]
words = set()


def walk(length):
    r, c = rng.randrange(m), rng.randrange(n)
    seen, out = {(r, c)}, [board[r][c]]
    while len(out) < length:
        nxt = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= r + dr < m and 0 <= c + dc < n and (r + dr, c + dc) not in seen]
        if not nxt:
            break
        r, c = rng.choice(nxt)
        seen.add((r, c))
        out.append(board[r][c])
    return "".join(out)


if mode == "all-a":
    for k in range(1, min(10, m * n) + 1):
        words.add("a" * k)
    rest = "bcdefghijklmnopqrstuvwxyz"
    while len(words) < count:
        words.add("a" * 6 + "".join(rng.choice(rest) for _ in range(4)))
else:
    maxlen = 7 if mode == "two-letters" else 10
    tries = 0
    while len(words) < count and tries < 50 * count:
        tries += 1
        if rng.random() < 0.5:
            words.add(walk(rng.randint(1, maxlen)))
        else:
            words.add("".join(rng.choice(alpha + "xyz") for _ in range(rng.randint(1, maxlen))))
words = sorted(words)
rng.shuffle(words)
print(json.dumps({"board": board, "words": words}))
