"""Input validator for multipart-upload-assembly: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


KEY = set("abcdefghijklmnopqrstuvwxyz0123456789/.")
HEX = set("0123456789abcdef")
BIG = 10**9


def is_int(x, lo, hi):
    return type(x) is int and lo <= x <= hi


def is_str(x, chars, lo, hi):
    return type(x) is str and lo <= len(x) <= hi and all(c in chars for c in x)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args) or not calls or calls[0] != "MultipartUploads":
    fail("the first call must be MultipartUploads(minPartSize)")
if len(args[0]) != 1 or not is_int(args[0][0], 1, BIG):
    fail("need 1 <= minPartSize <= 10^9")
if len(calls) > 10**5:
    fail("at most 10^5 calls in total")
listed = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "initiate" and len(a) == 1:
        ok = is_str(a[0], KEY, 1, 30)
    elif op == "uploadPart" and len(a) == 4:
        ok = is_int(a[0], 0, BIG) and is_int(a[1], 1, 10**4) and is_str(a[2], HEX, 1, 32) and is_int(a[3], 1, BIG)
    elif op == "complete" and len(a) == 3:
        nums, tags = a[1], a[2]
        ok = (is_int(a[0], 0, BIG) and type(nums) is list and type(tags) is list and len(nums) == len(tags)
              and len(nums) <= 10**4 and all(is_int(n, 1, 10**4) for n in nums)
              and all(is_str(t, HEX, 1, 32) for t in tags))
        listed += len(nums) if ok else 0
    elif op == "abort" and len(a) == 1:
        ok = is_int(a[0], 0, BIG)
    elif op == "listParts" and len(a) == 3:
        ok = is_int(a[0], 0, BIG) and is_int(a[1], 0, 10**4) and is_int(a[2], 1, 1000)
    elif op == "objectSize" and len(a) == 1:
        ok = is_str(a[0], KEY, 1, 30)
    else:
        ok = False
    if not ok:
        fail("call %d (%s): unknown method, wrong arguments or a value out of range" % (i, op))
if listed > 2 * 10**5:
    fail("the complete calls list at most 2 * 10^5 parts in total")
