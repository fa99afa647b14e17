"""Input validator for word-search: exits 0 if the arguments are valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
board, word = args["board"], args["word"]
if not 1 <= len(board) <= 6 or not 1 <= len(board[0]) <= 6:
    fail("need 1 <= m, n <= 6")
if any(len(row) != len(board[0]) for row in board):
    fail("all rows must have the same length")
if not 1 <= len(word) <= 15:
    fail("need 1 <= word.length <= 15")
letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
if any(ch not in letters for row in board for ch in row) or any(ch not in letters for ch in word):
    fail("board and word hold English letters only")
