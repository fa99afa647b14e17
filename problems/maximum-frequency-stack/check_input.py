"""Input validator for maximum-frequency-stack: reads {"calls": [...], "args": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or len(calls) != len(args) or calls[0] != "FreqStack" or args[0] != []:
    fail("the first call must be FreqStack() and every call needs its arguments")
if len(calls) - 1 > 2 * 10**4:
    fail("at most 2 * 10^4 calls to push and pop")
size = 0
for c, a in zip(calls[1:], args[1:]):
    if c == "push":
        if len(a) != 1 or type(a[0]) is not int or not 0 <= a[0] <= 10**9:
            fail("push takes one integer in 0..10^9")
        size += 1
    elif c == "pop":
        if a != []:
            fail("pop takes no arguments")
        if size == 0:
            fail("pop called on an empty container")
        size -= 1
    else:
        fail("unknown call %r" % c)
