"""Input validator for word-ladder."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def word(w):
    return isinstance(w, str) and all("a" <= ch <= "z" for ch in w)


data = json.load(sys.stdin)
if set(data) != {"beginWord", "endWord", "wordList"}:
    fail("expected the arguments `beginWord`, `endWord` and `wordList`")
b, e, wl = data["beginWord"], data["endWord"], data["wordList"]
if not word(b) or not 1 <= len(b) <= 10:
    fail("beginWord must be 1..10 lowercase letters")
if not word(e) or len(e) != len(b):
    fail("endWord must be lowercase letters of the same length as beginWord")
if b == e:
    fail("beginWord and endWord must differ")
if not isinstance(wl, list) or not 1 <= len(wl) <= 5000:
    fail("wordList.length must be in 1..5000")
for w in wl:
    if not word(w) or len(w) != len(b):
        fail("dictionary word %r must be lowercase letters of length %d" % (w, len(b)))
if len(set(wl)) != len(wl):
    fail("the words of wordList must be distinct")
