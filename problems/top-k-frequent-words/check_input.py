"""Input validator for top-k-frequent-words: reads {"words": [...], "k": K} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"words", "k"}:
    fail("expected exactly the arguments words and k")
words, k = data["words"], data["k"]
if not isinstance(words, list) or not 1 <= len(words) <= 500:
    fail("words must be a list of 1..500 words")
for w in words:
    if not isinstance(w, str) or not 1 <= len(w) <= 10 or any(not "a" <= c <= "z" for c in w):
        fail("every word must be 1..10 lowercase English letters")
if type(k) is not int or not 1 <= k <= len(set(words)):
    fail("k must be in 1..number of different words")
