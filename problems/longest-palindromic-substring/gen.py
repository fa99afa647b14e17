"""Generates longest-palindromic-substring inputs: python3 gen.py SEED N MODE.

MODE: `same` (one letter repeated: every substring is a palindrome, the worst case for checking
every substring), `two` (random over "ab"), `mixed` (random letters and digits), `planted` (a long
palindrome hidden in random text), `almost` (the same letter with one different letter in the
middle), `alternate` ("abab...").
"""
import json
import random
import string
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
alphabet = string.ascii_letters + string.digits
if mode == "same":
    s = rng.choice(alphabet) * n
elif mode == "two":
    s = "".join(rng.choice("ab") for _ in range(n))
elif mode == "mixed":
    s = "".join(rng.choice(alphabet) for _ in range(n))
elif mode == "planted":
    half = "".join(rng.choice(alphabet) for _ in range(n // 4))
    pal = half + rng.choice(["", rng.choice(alphabet)]) + half[::-1]
    rest = n - len(pal)
    left = rng.randint(0, rest)
    s = ("".join(rng.choice(alphabet) for _ in range(left)) + pal
         + "".join(rng.choice(alphabet) for _ in range(rest - left)))
elif mode == "almost":
    s = "z" * (n // 2) + "y" + "z" * (n - n // 2 - 1)
else:
    s = "".join("ab"[i % 2] for i in range(n))
print(json.dumps({"s": s}))
