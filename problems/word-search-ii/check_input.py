"""Input validator for word-search-ii: exits 0 if valid, else 1 with a reason."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"board", "words"}:
    fail("expected the arguments board and words")
board, words = args["board"], args["words"]
if not isinstance(board, list) or not 1 <= len(board) <= 12:
    fail("the board must have 1..12 rows")
n = len(board[0]) if isinstance(board[0], list) else -1
if not 1 <= n <= 12:
    fail("the board must have 1..12 columns")
for row in board:
    if not isinstance(row, list) or len(row) != n:
        fail("all rows must have the same length")
    if any(not isinstance(ch, str) or not re.fullmatch(r"[a-z]", ch) for ch in row):
        fail("cells must be single lowercase letters")
if not isinstance(words, list) or not 1 <= len(words) <= 3 * 10**4:
    fail("there must be 1..3*10^4 words")
for w in words:
    if not isinstance(w, str) or not re.fullmatch(r"[a-z]{1,10}", w):
        fail("words must be 1..10 lowercase letters: %r" % (w,))
if len(set(words)) != len(words):
    fail("words must be distinct")
