"""Product-of-array-except-self inputs at LeetCode's largest size: python3 gen.py SEED N ZEROS.

Prints the JSON of the arguments: N values, mostly 1 and -1, with a few larger factors whose
product stays below 2^31 (so every prefix and suffix product fits in 32 bits), and ZEROS zeros.
"""
import json
import random
import sys

seed, n, zeros = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
big, product = [], 1
while True:
    f = rng.randint(2, 30)
    if product * f >= 2**31:
        break
    product *= f
    big.append(f * rng.choice((1, -1)))
nums = big + [0] * zeros
nums += [rng.choice((1, -1)) for _ in range(n - len(nums))]
rng.shuffle(nums)
print(json.dumps({"nums": nums}))
