"""Input validator for minimum-knight-moves: |x| + |y| <= 300."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"x", "y"} or type(data["x"]) is not int or type(data["y"]) is not int:
    print("expected the integer arguments `x` and `y`")
    sys.exit(1)
x, y = data["x"], data["y"]
if not (-300 <= x <= 300 and -300 <= y <= 300 and abs(x) + abs(y) <= 300):
    print("need -300 <= x, y <= 300 and |x| + |y| <= 300")
    sys.exit(1)
