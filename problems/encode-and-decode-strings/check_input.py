"""Input validator for encode-and-decode-strings: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"strs"}:
    fail("expected the argument strs")
strs = args["strs"]
if not isinstance(strs, list) or not 1 <= len(strs) <= 200:
    fail("strs must hold 1..200 strings")
for s in strs:
    if not isinstance(s, str) or len(s) > 200:
        fail("every string must have 0..200 characters")
    if any(ord(c) > 255 for c in s):
        fail("characters must be among the 256 codes 0..255")
