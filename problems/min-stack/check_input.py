"""Input validator for min-stack: exits 0 if the call sequence is valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "MinStack" or args[0] != []:
    fail("the first call must be MinStack()")
if len(calls) - 1 > 3 * 10**4:
    fail("at most 3 * 10^4 calls to push, pop, top and getMin")
size = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "push":
        if len(a) != 1 or not -2**31 <= a[0] <= 2**31 - 1:
            fail("call %d: push takes one 32-bit integer" % i)
        size += 1
    elif op in ("pop", "top", "getMin"):
        if a or size == 0:
            fail("call %d: %s on an empty stack" % (i, op))
        size -= op == "pop"
    else:
        fail("call %d: unknown method %s" % (i, op))
