"""Input validator for design-add-and-search-words-data-structure: exits 0 if valid, else 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc["calls"], doc["args"]
if len(calls) != len(args) or not calls or calls[0] != "WordDictionary" or args[0] != []:
    fail("the first call must be WordDictionary() and calls/args must have the same length")
if len(calls) - 1 > 10**4:
    fail("at most 10^4 calls to addWord and search")
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if name not in ("addWord", "search") or len(a) != 1 or not isinstance(a[0], str):
        fail("call %d: expected addWord(word) or search(word)" % i)
    w = a[0]
    if not 1 <= len(w) <= 25:
        fail("call %d: words have 1..25 characters" % i)
    if name == "addWord" and not re.fullmatch(r"[a-z]+", w):
        fail("call %d: addWord takes lowercase letters only" % i)
    if name == "search":
        if not re.fullmatch(r"[a-z.]+", w):
            fail("call %d: search takes lowercase letters and dots" % i)
        if w.count(".") > 2:
            fail("call %d: at most two dots in a search" % i)
