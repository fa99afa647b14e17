"""Large longest-substring-without-repeating-characters inputs: python3 gen.py SEED N MODE.

MODE `random`: uniform printable ASCII (space to `~`); `cycle`: the 95 printable characters
repeated in one shuffled order (answer 95); `run-at-end`: letters from a small alphabet, then the
95 printable characters once at the very end; `same`: one character repeated; `letters`: random
lowercase letters.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
printable = [chr(c) for c in range(32, 127)]
if mode == "cycle":
    order = printable[:]
    rng.shuffle(order)
    s = "".join(order[i % 95] for i in range(n))
elif mode == "run-at-end":
    tail = printable[:]
    rng.shuffle(tail)
    s = "".join(rng.choice("abc") for _ in range(n - 95)) + "".join(tail)
elif mode == "same":
    s = rng.choice(printable) * n
elif mode == "letters":
    s = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
else:
    s = "".join(rng.choice(printable) for _ in range(n))
print(json.dumps({"s": s}, separators=(",", ":")))
