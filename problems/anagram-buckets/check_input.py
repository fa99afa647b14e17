"""Input validator for anagram-buckets: `n` then n words of 1..10 lowercase letters, n <= 10^5."""
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if len(lines) != 2:
    fail("expected two lines: n, then the words")
if not re.fullmatch(r"[0-9]+", lines[0].strip()):
    fail("line 1 must be n")
n = int(lines[0])
if not 1 <= n <= 100000:
    fail("n must be in 1..100000")
words = lines[1].split(" ")
if len(words) != n:
    fail("line 2 must hold exactly n words separated by single spaces")
for w in words:
    if not re.fullmatch(r"[a-z]{1,10}", w):
        fail("word %r is not 1..10 lowercase letters" % w)
