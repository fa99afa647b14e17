"""Input validator for design-twitter: reads {"calls": [...], "args": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def user(x):
    if type(x) is not int or not 1 <= x <= 500:
        fail("user ids must be integers in 1..500")


ARITY = {"postTweet": 2, "getNewsFeed": 1, "follow": 2, "unfollow": 2}
data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or len(calls) != len(args) or calls[0] != "Twitter" or args[0] != []:
    fail("the first call must be Twitter() and every call needs its arguments")
if len(calls) - 1 > 3 * 10**4:
    fail("at most 3 * 10^4 method calls")
seen = set()
for c, a in zip(calls[1:], args[1:]):
    if c not in ARITY or len(a) != ARITY[c]:
        fail("unknown call %r or wrong number of arguments" % c)
    user(a[0])
    if c == "postTweet":
        t = a[1]
        if type(t) is not int or not 0 <= t <= 10**4:
            fail("tweet ids must be integers in 0..10^4")
        if t in seen:
            fail("tweet id %d is posted twice" % t)
        seen.add(t)
    elif c in ("follow", "unfollow"):
        user(a[1])
        if a[0] == a[1]:
            fail("a user cannot follow or unfollow themselves")
