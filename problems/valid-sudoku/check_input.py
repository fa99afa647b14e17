"""Input validator for valid-sudoku: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"board"}:
    print("expected exactly the argument board")
    sys.exit(1)
b = data["board"]
ok = (isinstance(b, list) and len(b) == 9
      and all(isinstance(r, list) and len(r) == 9 for r in b)
      and all(isinstance(c, str) and len(c) == 1 and c in ".123456789" for r in b for c in r))
if not ok:
    print("board must be 9 lists of 9 one-character strings, each '1'-'9' or '.'")
    sys.exit(1)
