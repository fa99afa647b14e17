"""Input validator for http-router: exits 0 if the calls are valid, else prints why and exits 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


LITERAL = re.compile(r"[a-z0-9]{1,10}\Z")
PARAM = re.compile(r":[a-z]{1,10}\Z")
HANDLER = re.compile(r"[a-z]{1,10}\Z")
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}


def segments(text, i):
    if text == "/":
        return []
    if not text.startswith("/") or len(text) > 100:
        fail("call %d: a pattern or path is '/' or starts with '/', at most 100 characters" % i)
    segs = text[1:].split("/")
    if len(segs) > 6:
        fail("call %d: at most 6 segments" % i)
    return segs


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "Router" or args[0] != []:
    fail("the first call must be Router()")
if len(calls) > 6 * 10**4:
    fail("at most 6 * 10^4 calls in total")
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "addRoute" and len(a) == 3:
        method, pattern, handler = a
        segs = segments(pattern, i)
        names = set()
        for j, s in enumerate(segs):
            if s == "*":
                if j != len(segs) - 1:
                    fail("call %d: '*' only as the last segment" % i)
            elif PARAM.match(s):
                if s[1:] in names:
                    fail("call %d: parameter names within a pattern are distinct" % i)
                names.add(s[1:])
            elif not LITERAL.match(s):
                fail("call %d: bad pattern segment %r" % (i, s))
        if not HANDLER.match(handler):
            fail("call %d: handler ids are 1 to 10 lowercase letters" % i)
    elif op == "route" and len(a) == 2:
        method, path = a
        if not all(LITERAL.match(s) for s in segments(path, i)):
            fail("call %d: path segments are 1 to 10 lowercase letters and digits" % i)
    else:
        fail("call %d: unknown method or wrong arguments" % i)
    if method not in METHODS:
        fail("call %d: method must be one of %s" % (i, sorted(METHODS)))
