"""Input validator for longest-common-subsequence: two strings of 1..1000 lowercase letters."""
import json
import re
import sys

args = json.load(sys.stdin)
for name in ("text1", "text2"):
    s = args.get(name)
    if not isinstance(s, str) or not re.fullmatch(r"[a-z]{1,1000}", s):
        print("%s must have 1..1000 lowercase letters" % name)
        sys.exit(1)
