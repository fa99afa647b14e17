"""Input validator for token-bucket-rate-limiter: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "RateLimiter" or len(args[0]) != 2:
    fail("the first call must be RateLimiter(capacity, refillRate)")
cap, rate = args[0]
if not (1 <= cap <= 10**6 and 0 <= rate <= 10**6):
    fail("need 1 <= capacity <= 10^6 and 0 <= refillRate <= 10^6")
if len(calls) - 1 > 10**5:
    fail("at most 10^5 calls to allow")
ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op != "allow" or len(a) != 2:
        fail("call %d: only allow(clientId, timestamp) may follow" % i)
    cid, t = a
    if not 1 <= len(cid) <= 20 or any(ch not in ALNUM for ch in cid):
        fail("call %d: clientId is 1 to 20 lowercase letters and digits" % i)
    if not 0 <= t <= 10**9 or t < last:
        fail("call %d: timestamps are in [0, 10^9] and non-decreasing" % i)
    last = t
