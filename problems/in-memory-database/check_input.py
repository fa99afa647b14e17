"""Input validator for in-memory-database: the constructor first, then calls of the class's
methods with their arguments; timestamps 1..10^9 strictly increasing; keys, fields and values of
1 to 10 lowercase letters or digits (a prefix 0 to 10); 1 <= ttl <= 10^8; a restore names a
time at or after some earlier backup; at most 5,000 calls."""
import json
import re
import sys

WORD = re.compile(r"[a-z0-9]{1,10}\Z")
PREFIX = re.compile(r"[a-z0-9]{0,10}\Z")
SHAPES = {
    "set": "kfv", "get": "kf", "compareAndSet": "kfvv", "delete": "kf",
    "scan": "k", "scanByPrefix": "kp",
    "setWithTtl": "kfvt", "compareAndSetWithTtl": "kfvvt",
    "backup": "", "restore": "r",
}


def fail(why):
    print(why)
    sys.exit(1)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "InMemoryDB" or args[0] != []:
    fail("the first call must be InMemoryDB()")
if len(calls) - 1 > 5000:
    fail("at most 5,000 calls")
last = 0
backups = []
for i, (c, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    shape = SHAPES.get(c)
    if shape is None:
        fail("call %d: unknown method %r" % (i, c))
    if not isinstance(a, list) or len(a) != 1 + len(shape):
        fail("call %d: %s takes %d arguments" % (i, c, 1 + len(shape)))
    t = a[0]
    if not is_int(t) or not 1 <= t <= 10**9 or t <= last:
        fail("call %d: timestamp must be 1..10^9 and strictly increasing" % i)
    last = t
    for kind, x in zip(shape, a[1:]):
        if kind in "kfv" and not (isinstance(x, str) and WORD.match(x)):
            fail("call %d: %r is not 1-10 lowercase letters or digits" % (i, x))
        if kind == "p" and not (isinstance(x, str) and PREFIX.match(x)):
            fail("call %d: prefix %r is not 0-10 lowercase letters or digits" % (i, x))
        if kind == "t" and not (is_int(x) and 1 <= x <= 10**8):
            fail("call %d: ttl must be 1..10^8" % i)
        if kind == "r" and not (is_int(x) and backups and backups[0] <= x < t):
            fail("call %d: restore needs a backup at or before %r" % (i, x))
    if c == "backup":
        backups.append(t)
