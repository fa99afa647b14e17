"""Input validator for implement-trie-prefix-tree: at most 3 * 10^4 calls after the constructor,
every word and prefix 1..2000 lowercase English letters."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "Trie" or args[0] != []:
    fail("the first call must be Trie()")
if len(calls) - 1 > 3 * 10**4:
    fail("at most 3*10^4 calls to insert, search and startsWith")
word = re.compile(r"[a-z]{1,2000}")
for k, (c, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if c not in ("insert", "search", "startsWith"):
        fail("call %d: unknown method %r" % (k, c))
    if len(a) != 1 or not isinstance(a[0], str) or not word.fullmatch(a[0]):
        fail("call %d: the argument must have 1..2000 lowercase letters" % k)
