"""Top-k-frequent-elements inputs at LeetCode's largest size: python3 gen.py SEED N K MODE.

MODE: spread (every value of [-10^4, 10^4] appears, K of them clearly more often: the worst case
for counting each distinct value with its own pass) | one-dominant. Prints the JSON of the
arguments; the top K set is unique.
"""
import json
import random
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
values = list(range(-10**4, 10**4 + 1))
rng.shuffle(values)
heavy, rest = values[:k], values[k:]
if mode == "one-dominant":
    rest = rest[: n // 4]
nums = list(rest)  # every filler value once
nums += rng.sample(rest, min(len(rest), (n - len(nums)) // 3))  # some fillers twice
# Fillers appear at most twice; the heavy values share the rest, each more than twice.
left = n - len(nums)
counts = [3] * k
for _ in range(left - 3 * k):
    counts[rng.randrange(k)] += 1
for v, c in zip(heavy, counts):
    nums += [v] * c
rng.shuffle(nums)
print(json.dumps({"nums": nums, "k": k}))
