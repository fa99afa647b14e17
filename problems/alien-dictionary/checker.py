"""Checker for alien-dictionary: python3 checker.py INPUT EXPECTED ACTUAL (JSON files).

The reference's answer says whether any order exists ("" means none). When one exists, the
answer must hold each letter of the words exactly once and put, for every pair of neighbouring
words, the letter of the first difference in the earlier word before that of the later word.
"""
import json
import sys

words = json.load(open(sys.argv[1]))["words"]
expected = json.load(open(sys.argv[2]))
actual = json.load(open(sys.argv[3]))


def wrong(why):
    print(why)
    sys.exit(1)


if not isinstance(actual, str):
    wrong("the answer is not a string")
if expected == "":
    if actual != "":
        wrong("no order fits these words, so the answer is \"\"; got %r" % actual)
    sys.exit(0)
if actual == "":
    wrong("an order exists (for example %r), but the answer is \"\"" % expected)
letters = set("".join(words))
if len(actual) != len(set(actual)):
    wrong("a letter appears more than once in %r" % actual)
if set(actual) != letters:
    missing = "".join(sorted(letters - set(actual)))
    extra = "".join(sorted(set(actual) - letters))
    wrong("the answer must hold exactly the letters of the words (missing %r, extra %r)"
          % (missing, extra))
rank = {ch: i for i, ch in enumerate(actual)}
for i in range(len(words) - 1):
    a, b = words[i], words[i + 1]
    for x, y in zip(a, b):
        if x != y:
            if rank[x] > rank[y]:
                wrong("words %d and %d (%r, %r) need %r before %r" % (i, i + 1, a, b, x, y))
            break
    else:
        if len(a) > len(b):
            wrong("the checker's reference found an order, yet %r precedes its prefix %r" % (a, b))
sys.exit(0)
