"""Input validator for decode-string: exits 0 if valid, else prints why and exits 1.

Parses s by the grammar  seq := (letters | number '[' seq ']')*  with non-empty groups, counts
in 1..300, and checks that the decoded length is at most 10^5.
"""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    fail("expected exactly the argument s")
s = data["s"]
if not isinstance(s, str) or not 1 <= len(s) <= 30:
    fail("s must have 1..30 characters")
if not all(c.isdigit() or "a" <= c <= "z" or c in "[]" for c in s):
    fail("s may hold only lower-case letters, digits and brackets")

pos = 0


def seq(top):
    """Returns the decoded length of a sequence ending at ']' (or the end when top)."""
    global pos
    length = 0
    while pos < len(s) and s[pos] != "]":
        c = s[pos]
        if "a" <= c <= "z":
            length += 1
            pos += 1
        elif c.isdigit():
            start = pos
            while pos < len(s) and s[pos].isdigit():
                pos += 1
            num = s[start:pos]
            if num[0] == "0" or not 1 <= int(num) <= 300:
                fail("count %s out of 1..300" % num)
            if pos >= len(s) or s[pos] != "[":
                fail("a number must be followed by '['")
            pos += 1
            inner_start = pos
            inner = seq(False)
            if pos == inner_start:
                fail("empty group")
            if pos >= len(s) or s[pos] != "]":
                fail("unmatched '['")
            pos += 1
            length += int(num) * inner
        else:
            fail("unexpected '['")
    if top and pos != len(s):
        fail("unmatched ']'")
    return length


total = seq(True)
if total > 10**5:
    fail("decoded length %d exceeds 10^5" % total)
