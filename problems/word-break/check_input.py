"""Input validator for word-break: exits 0 if the arguments are valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
s, words = args["s"], args["wordDict"]
lower = set("abcdefghijklmnopqrstuvwxyz")
if not 1 <= len(s) <= 300 or any(c not in lower for c in s):
    fail("s: 1 to 300 lowercase letters")
if not 1 <= len(words) <= 1000:
    fail("need 1 <= wordDict.length <= 1000")
if any(not 1 <= len(w) <= 20 or any(c not in lower for c in w) for w in words):
    fail("every word: 1 to 20 lowercase letters")
if len(set(words)) != len(words):
    fail("the words must be different")
