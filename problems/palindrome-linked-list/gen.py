"""Generates isPalindrome inputs: python3 gen.py SEED N MODE.

MODE: `palindrome`, `near` (a palindrome with one digit changed at a random place), `near-middle`
(changed right next to the middle), `random`, `same` (all one digit), `zeros-front` (zeros at the
start only, the rest a palindrome).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
half = [rng.randint(0, 9) for _ in range(n // 2)]
mid = [rng.randint(0, 9)] if n % 2 else []
digits = half + mid + half[::-1]
if mode in ("near", "near-middle"):
    i = rng.randrange(n) if mode == "near" else n // 2 - 1
    digits[i] = (digits[i] + rng.randint(1, 9)) % 10
elif mode == "random":
    digits = [rng.randint(0, 9) for _ in range(n)]
elif mode == "same":
    digits = [rng.randint(0, 9)] * n
elif mode == "zeros-front":
    k = n // 10
    body = [rng.randint(1, 9) for _ in range((n - k) // 2)]
    rest = body + ([rng.randint(0, 9)] if (n - k) % 2 else []) + body[::-1]
    digits = [0] * k + rest
print(json.dumps({"head": digits}))
