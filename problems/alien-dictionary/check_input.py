"""Input validator for alien-dictionary."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"words"}:
    fail("expected exactly the argument `words`")
words = data["words"]
if not isinstance(words, list) or not 1 <= len(words) <= 100:
    fail("words.length must be in 1..100")
for w in words:
    if not isinstance(w, str) or not 1 <= len(w) <= 100:
        fail("each word must have 1..100 letters: %r" % (w,))
    if any(not "a" <= ch <= "z" for ch in w):
        fail("word %r has a character that is not a lowercase letter" % (w,))
