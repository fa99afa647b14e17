"""Input validator for lease-lock-fencing: exits 0 if the calls are valid, else 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "LockService" or args[0] != []:
    fail("the first call must be LockService()")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2 * 10^5 method calls")
CLIENT = re.compile(r"^[a-z0-9]{1,20}$")
ARITY = {"acquire": 3, "renew": 3, "release": 2, "write": 3, "getHolder": 1}
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op not in ARITY:
        fail("call %d: unknown method %r" % (i, op))
    if len(a) != ARITY[op]:
        fail("call %d: %s takes %d arguments" % (i, op, ARITY[op]))
    if op != "getHolder" and not (isinstance(a[0], str) and CLIENT.match(a[0])):
        fail("call %d: clientId is 1 to 20 lowercase letters and digits" % i)
    if op in ("acquire", "renew") and not (is_int(a[2]) and 1 <= a[2] <= 10**9):
        fail("call %d: ttl must be in [1, 10^9]" % i)
    if op == "write" and not (is_int(a[1]) and -1 <= a[1] <= 10**9):
        fail("call %d: token must be in [-1, 10^9]" % i)
    t = a[0] if op == "getHolder" else a[2] if op == "write" else a[1]
    if not (is_int(t) and 0 <= t <= 10**9) or t < last:
        fail("call %d: times are in [0, 10^9] and non-decreasing" % i)
    last = t
