"""Large jump-game inputs: python3 gen.py SEED N MODE.

MODE `wall`: cell i jumps exactly to cell n - 2, which holds 0, so the last cell is out of reach
(marking every reachable cell does n^2 / 2 steps); `long`: random jumps of at least n / 2 (answer
true); `short`: jumps of 1..2 with one 0 that the walker must jump over; `ones`: every jump is 1;
`max`: every jump is 10^5.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "wall":
    nums = [n - 2 - i for i in range(n - 1)] + [0]
    nums[n - 2] = 0
elif mode == "long":
    nums = [rng.randint(n // 2, 10**5) for _ in range(n)]
elif mode == "short":
    nums = [rng.randint(1, 2) for _ in range(n)]
    nums[n // 2] = 0
    nums[n // 2 - 1] = 2
elif mode == "ones":
    nums = [1] * n
else:
    nums = [10**5] * n
print(json.dumps({"nums": nums}, separators=(",", ":")))
