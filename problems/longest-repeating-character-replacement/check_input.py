"""Input validator for longest-repeating-character-replacement: exits 0 if valid, else exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s", "k"}:
    fail("expected exactly the arguments s and k")
s, k = data["s"], data["k"]
if not isinstance(s, str) or not 1 <= len(s) <= 10**5:
    fail("s must be a string of length 1..10^5")
if not all("A" <= c <= "Z" for c in s):
    fail("s must hold upper-case English letters only")
if not isinstance(k, int) or isinstance(k, bool) or not 0 <= k <= len(s):
    fail("k must be an integer in 0..s.length")
