"""Generates flood-fill inputs: python3 gen.py SEED M N COLOURS MODE.

MODE `random`: pixels drawn from COLOURS colours (few colours: large regions), click anywhere,
new colour random. `same`: the new colour equals the clicked pixel's colour. `maze`: a one-pixel
wide winding corridor of colour 1 in a field of 0s (a deep fill), clicked at its start.
"""
import json
import random
import sys

seed, m, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
palette = [rng.randrange(65536) for _ in range(k)]
if mode == "maze":
    img = [[0] * n for _ in range(m)]
    for r in range(0, m, 2):
        for c in range(n):
            img[r][c] = 1
        if r + 1 < m:
            img[r + 1][n - 1 if (r // 2) % 2 == 0 else 0] = 1
    sr, sc, color = 0, 0, 65535
else:
    img = [[rng.choice(palette) for _ in range(n)] for _ in range(m)]
    sr, sc = rng.randrange(m), rng.randrange(n)
    color = img[sr][sc] if mode == "same" else rng.randrange(65536)
print(json.dumps({"image": img, "sr": sr, "sc": sc, "color": color}, separators=(",", ":")))
