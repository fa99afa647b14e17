"""Input validator for event-sourced-ledger: exits 0 if the calls are valid, else prints why and exits 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


ACCOUNT = re.compile(r"[a-z0-9]{1,10}\Z")
data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "Ledger" or len(args[0]) != 1 or not 1 <= args[0][0] <= 100:
    fail("the first call must be Ledger(snapshotEvery) with 1 <= snapshotEvery <= 100")
if len(calls) > 10**5:
    fail("at most 10^5 calls in total")
ARITY = {"deposit": 3, "withdraw": 3, "transfer": 4, "balanceAt": 2, "latestSnapshot": 0}
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if ARITY.get(op) != len(a) or not all(isinstance(x, (int, str)) and not isinstance(x, bool) for x in a):
        fail("call %d: unknown method or wrong arguments" % i)
    if op == "latestSnapshot":
        continue
    names = a[:2] if op == "transfer" else a[:1]
    if not all(isinstance(x, str) and ACCOUNT.match(x) for x in names):
        fail("call %d: accounts are 1 to 10 lowercase letters and digits" % i)
    nums = a[len(names):]
    if not all(isinstance(x, int) for x in nums):
        fail("call %d: wrong argument types" % i)
    if op == "balanceAt":
        if not 0 <= nums[0] <= 10**9:
            fail("call %d: 0 <= version <= 10^9" % i)
    elif not (1 <= nums[0] <= 10**9 and -1 <= nums[1] <= 10**9):
        fail("call %d: 1 <= amount <= 10^9 and -1 <= expectedVersion <= 10^9" % i)
