"""Input validator for conditional-write-table: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")
LOWER = set("abcdefghijklmnopqrstuvwxyz")
BIG = 10**9


def is_int(x, lo, hi):
    return type(x) is int and lo <= x <= hi


def is_str(x, chars, lo, hi):
    return type(x) is str and lo <= len(x) <= hi and all(c in chars for c in x)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args) or not calls or calls[0] != "ConditionalTable" or args[0] != []:
    fail("the first call must be ConditionalTable()")
if len(calls) > 4 * 10**4:
    fail("at most 4 * 10^4 calls in total")
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    ok = False
    if op == "put" and len(a) == 6:
        pk, sk, value, tag, cond, expected = a
        ok = (is_str(pk, ALNUM, 1, 10) and is_int(sk, -BIG, BIG) and is_int(value, 0, BIG)
              and is_str(tag, LOWER, 0, 10) and cond in ("always", "absent", "equals")
              and is_int(expected, 0, BIG))
    elif op in ("delete", "get") and len(a) == 2:
        ok = is_str(a[0], ALNUM, 1, 10) and is_int(a[1], -BIG, BIG)
    elif op == "query" and len(a) == 4:
        ok = (is_str(a[0], ALNUM, 1, 10) and is_int(a[1], -BIG, BIG) and is_int(a[2], -BIG, BIG)
              and is_int(a[3], 1, 100))
    elif op == "queryIndex" and len(a) == 2:
        ok = is_str(a[0], LOWER, 1, 10) and is_int(a[1], 1, 100)
    if not ok:
        fail("call %d (%s): unknown method, wrong arguments or a value out of range" % (i, op))
