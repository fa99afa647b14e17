"""Input validator for palindrome-pairs: 1..5000 distinct words of 0..300 lowercase letters."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"words"}:
    fail("expected the argument `words`")
words = data["words"]
if not isinstance(words, list) or not 1 <= len(words) <= 5000:
    fail("words must have 1..5000 entries")
for i, w in enumerate(words):
    if not isinstance(w, str) or len(w) > 300:
        fail("words[%d] must be a string of at most 300 letters" % i)
    if any(not "a" <= ch <= "z" for ch in w):
        fail("words[%d] must hold lowercase English letters only" % i)
if len(set(words)) != len(words):
    fail("the words must be distinct")
