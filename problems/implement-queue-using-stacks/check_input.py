"""Input validator for implement-queue-using-stacks: reads {"calls": [...], "args": [...]}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


ARITY = {"push": 1, "pop": 0, "peek": 0, "empty": 0}
data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or len(calls) != len(args) or calls[0] != "MyQueue" or args[0] != []:
    fail("the first call must be MyQueue() and every call needs its arguments")
if len(calls) - 1 > 100:
    fail("at most 100 method calls")
size = 0
for c, a in zip(calls[1:], args[1:]):
    if c not in ARITY or len(a) != ARITY[c]:
        fail("unknown call %r or wrong number of arguments" % c)
    if c == "push":
        if type(a[0]) is not int or not 1 <= a[0] <= 9:
            fail("pushed values must be integers in 1..9")
        size += 1
    elif c in ("pop", "peek"):
        if size == 0:
            fail("%s called on an empty queue" % c)
        if c == "pop":
            size -= 1
