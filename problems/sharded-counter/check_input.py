"""Input validator for sharded-counter: exits 0 if the calls are valid, else prints why and exits 1."""
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
if len(calls) != len(args) or not calls or calls[0] != "ShardedCounter" or len(args[0]) != 2:
    fail("the first call must be ShardedCounter(numShards, compactEvery)")
shards, every = args[0]
if not (is_int(shards) and 1 <= shards <= 64 and is_int(every) and 1 <= every <= 10**9):
    fail("need 1 <= numShards <= 64 and 1 <= compactEvery <= 10^9")
if not 1 <= len(calls) - 1 <= 2 * 10**5:
    fail("1 to 2*10^5 calls after the constructor")
KEY = re.compile(r"[a-z]{1,10}")
ARITY = {"increment": 4, "read": 3, "readCompacted": 2, "flush": 2}
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op not in ARITY or len(a) != ARITY[op]:
        fail("call %d: unknown method or wrong number of arguments" % i)
    if op in ("increment", "read", "readCompacted"):
        if not isinstance(a[0], str) or not KEY.fullmatch(a[0]):
            fail("call %d: a key is 1 to 10 lowercase letters" % i)
    if op in ("increment", "read"):
        if not is_int(a[1]) or not 0 <= a[1] < shards:
            fail("call %d: shard out of range" % i)
    if op == "flush" and (not is_int(a[0]) or not 0 <= a[0] < shards):
        fail("call %d: shard out of range" % i)
    if op == "increment" and (not is_int(a[2]) or not -10**9 <= a[2] <= 10**9):
        fail("call %d: need -10^9 <= delta <= 10^9" % i)
    t = a[-1]
    if not is_int(t) or not last <= t <= 10**9:
        fail("call %d: times are in [0, 10^9] and non-decreasing" % i)
    last = t
