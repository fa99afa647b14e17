"""Input validator for surrounded-regions: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"board"}:
    fail("expected the argument board")
board = args["board"]
if not isinstance(board, list) or not 1 <= len(board) <= 200:
    fail("board must have 1..200 rows")
if not isinstance(board[0], list) or not 1 <= len(board[0]) <= 200:
    fail("board must have 1..200 columns")
for row in board:
    if not isinstance(row, list) or len(row) != len(board[0]):
        fail("every row must have the same length")
    if any(c not in ("X", "O") for c in row):
        fail("every cell must be 'X' or 'O'")
