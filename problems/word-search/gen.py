"""Word-search inputs at LeetCode's largest size: python3 gen.py SEED ROWS COLS MODE.

MODE: fill-missing-end | fill-missing-start | fill-found | b-corner | b-middle |
checker-no-path | checker-found | random2 | random4 | planted. Boards full of one letter are the
worst case for plain backtracking. Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, rows, cols, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
board = [["A"] * cols for _ in range(rows)]
if mode == "fill-missing-end":
    word = "A" * 14 + "B"
elif mode == "fill-missing-start":
    word = "B" + "A" * 14
elif mode == "fill-found":
    word = "A" * 15
elif mode == "b-corner":
    board[rows - 1][cols - 1] = "B"
    word = "A" * 14 + "B"
elif mode == "b-middle":
    board[rows // 2][cols // 2] = "B"
    word = "B" + "A" * 14
elif mode.startswith("checker"):
    board = [["AB"[(r + c) % 2] for c in range(cols)] for r in range(rows)]
    word = "ABABABABABABAAB" if mode == "checker-no-path" else "ABABABABABABABA"
elif mode in ("random2", "random4"):
    letters = "ab" if mode == "random2" else "aAbB"
    board = [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]
    word = "".join(rng.choice(letters) for _ in range(15))
else:  # planted: a random self-avoiding path spells the word
    board = [[rng.choice("xyz") for _ in range(cols)] for _ in range(rows)]
    while True:
        r, c = rng.randrange(rows), rng.randrange(cols)
        path = [(r, c)]
        while len(path) < 15:
            steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                     if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in path]
            if not steps:
                break
            r, c = rng.choice(steps)
            path.append((r, c))
        if len(path) == 15:
            break
    word = "".join(rng.choice("xyz") for _ in range(15))
    for (r, c), ch in zip(path, word):
        board[r][c] = ch
print(json.dumps({"board": board, "word": word}))
