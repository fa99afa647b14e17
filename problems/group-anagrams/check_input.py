"""Input validator for group-anagrams: 1..10^4 strings of 0..100 lowercase letters."""
import json
import re
import sys

strs = json.load(sys.stdin).get("strs")
if not isinstance(strs, list) or not 1 <= len(strs) <= 10**4:
    print("strs must be a list of 1..10^4 strings")
    sys.exit(1)
for s in strs:
    if not isinstance(s, str) or not re.fullmatch(r"[a-z]{0,100}", s):
        print("every strs[i] must have 0..100 lowercase letters")
        sys.exit(1)
