"""Input validator for fifo-message-queue: exits 0 if the calls are valid, else 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


NAME = re.compile(r"[a-z0-9]{1,10}\Z")
HANDLE = re.compile(r"r[1-9][0-9]{0,6}\Z")
ARITY = {"send": 4, "receive": 1, "delete": 2}

data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "FifoQueue" or len(args[0]) != 1:
    fail("the first call must be FifoQueue(visibilityTimeout)")
if not 1 <= args[0][0] <= 10**9:
    fail("need 1 <= visibilityTimeout <= 10^9")
if len(calls) > 10**5:
    fail("at most 10^5 calls")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if ARITY.get(op) != len(a):
        fail("call %d: expected send(groupId, dedupId, body, time), receive(time) or delete(receiptHandle, time)" % i)
    t = a[-1]
    if not isinstance(t, int) or not 0 <= t <= 10**9 or t < last:
        fail("call %d: times are integers in [0, 10^9] and non-decreasing" % i)
    last = t
    if op == "send" and not all(isinstance(s, str) and NAME.match(s) for s in a[:3]):
        fail("call %d: groupId, dedupId and body are 1 to 10 lowercase letters and digits" % i)
    if op == "delete" and not (isinstance(a[0], str) and HANDLE.match(a[0]) and int(a[0][1:]) <= 10**6):
        fail("call %d: receiptHandle is r followed by an integer in [1, 10^6]" % i)
