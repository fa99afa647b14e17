"""Input validator for cloud-file-storage: the constructor first, then calls of the class's
methods with their arguments; timestamps 1..10^9 strictly increasing; file names of 1 to 20
characters from [a-z0-9/._] (a prefix 0 to 20); user ids of 1 to 10 lowercase letters or digits;
1 <= size <= 10^9; 1 <= n <= 100; 0 <= capacity <= 10^12; at most 5,000 calls."""
import json
import re
import sys

NAME = re.compile(r"[a-z0-9/._]{1,20}\Z")
PREFIX = re.compile(r"[a-z0-9/._]{0,20}\Z")
USER = re.compile(r"[a-z0-9]{1,10}\Z")
SHAPES = {
    "addFile": "fs", "getFileSize": "f", "deleteFile": "f",
    "getLargestFiles": "pn",
    "addUser": "uc", "addFileBy": "ufs", "updateCapacity": "uc",
    "backupUser": "u", "restoreUser": "u",
}
BOUNDS = {"s": (1, 10**9), "n": (1, 100), "c": (0, 10**12)}


def fail(why):
    print(why)
    sys.exit(1)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "CloudStorage" or args[0] != []:
    fail("the first call must be CloudStorage()")
if len(calls) - 1 > 5000:
    fail("at most 5,000 calls")
last = 0
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
        pattern = {"f": NAME, "p": PREFIX, "u": USER}.get(kind)
        if pattern and not (isinstance(x, str) and pattern.match(x)):
            fail("call %d: %r is not a valid %s" % (i, x, {"f": "file name", "p": "prefix", "u": "user id"}[kind]))
        if kind in BOUNDS and not (is_int(x) and BOUNDS[kind][0] <= x <= BOUNDS[kind][1]):
            fail("call %d: %r is out of range %r" % (i, x, BOUNDS[kind]))
