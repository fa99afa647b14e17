"""Input validator for edit-distance: two words of 0..500 lowercase English letters."""
import json
import re
import sys

args = json.load(sys.stdin)
for name in ("word1", "word2"):
    w = args.get(name)
    if not isinstance(w, str) or not re.fullmatch(r"[a-z]{0,500}", w):
        print("%s must have 0..500 lowercase letters" % name)
        sys.exit(1)
