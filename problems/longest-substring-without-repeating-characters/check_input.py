"""Input validator for longest-substring-without-repeating-characters: 0..5 * 10^4 printable
ASCII characters (letters, digits, symbols and spaces)."""
import json
import sys

s = json.load(sys.stdin).get("s")
if not isinstance(s, str) or len(s) > 5 * 10**4:
    print("s must be a string of at most 5*10^4 characters")
    sys.exit(1)
if any(not 32 <= ord(c) <= 126 for c in s):
    print("s must hold printable ASCII characters only")
    sys.exit(1)
