"""Checker for insert-delete-getrandom-o1: python3 checker.py INPUT EXPECTED ACTUAL (JSON files).

insert and remove must return exactly what a set returns (computed here from the calls; the
EXPECTED file is not needed, so the checker also works while a generated test's expected output
is being made), and every getRandom must return a value that is in the set at that moment. Uniformity: the getRandom calls between two changes of
the set form a stretch; in every stretch of n >= 200 draws from a set of k >= 2 values, each
value's share of the draws must lie within t = sqrt(ln(2 * M / delta) / (2 * n)) of 1 / k, where
M is the number of (stretch, value) pairs tested and delta = 1e-6. For one pair, Hoeffding's
inequality bounds the chance that a uniform getRandom strays that far by 2 * exp(-2 * n * t^2)
= delta / M; over all M pairs (union bound) a uniform solution is rejected with probability
below delta = 1e-6, whatever the calls. With 1,000 draws from 5 values and M = 100, t = 0.069:
a value picked 27% instead of 20% of the time is caught.
Exit 0 accepted, 1 wrong answer (one line on stdout), 2 the test itself is inconsistent.
"""
import json
import math
import sys

DELTA = 1e-6
MIN_DRAWS = 200


def verdict(code, message):
    print(message.replace("\n", " ")[:300])
    sys.exit(code)


def main():
    try:
        with open(sys.argv[1], "rb") as f:
            test = json.loads(f.read())
    except (OSError, ValueError, IndexError) as e:
        verdict(2, "cannot read the test: %s" % e)
    try:
        with open(sys.argv[3], "rb") as f:
            actual = json.loads(f.read())
    except (OSError, ValueError):
        verdict(1, "the answer is not a list of returns")
    calls, args = test["calls"], test["args"]
    if not isinstance(actual, list) or len(actual) != len(calls):
        verdict(1, "expected %d returns, got %s" % (len(calls), str(actual)[:60]))
    if actual[0] is not None:
        verdict(1, "call 0: the constructor returns null")
    current = set()
    stretches = []  # [counts of the draws, the set during the stretch once it has enough draws]
    stretch = None
    for i in range(1, len(calls)):
        name, a, got = calls[i], args[i], actual[i]
        if name in ("insert", "remove"):
            want = (a[0] not in current) if name == "insert" else (a[0] in current)
            if got is not want:
                verdict(1, "call %d: %s(%s): expected %s, got %s"
                        % (i, name, a[0], json.dumps(want), json.dumps(got)))
            (current.add if name == "insert" else current.discard)(a[0])
            if want:
                stretch = None
        elif name == "getRandom":
            if type(got) is not int or got not in current:
                verdict(1, "call %d: getRandom() returned %s, which is not in the set"
                        % (i, json.dumps(got)))
            if stretch is None:
                stretch = [{}, None]
                stretches.append(stretch)
            counts = stretch[0]
            counts[got] = counts.get(got, 0) + 1
            if stretch[1] is None and len(current) > 1 and sum(counts.values()) >= MIN_DRAWS:
                stretch[1] = frozenset(current)  # the set does not change within a stretch
        else:
            verdict(2, "call %d: unknown method %r" % (i, name))
    tested = [(c, members) for c, members in stretches if members is not None]
    m = sum(len(members) for _, members in tested)
    for c, members in tested:
        n, k = sum(c.values()), len(members)
        t = math.sqrt(math.log(2 * m / DELTA) / (2 * n))
        for x in sorted(members):
            seen = c.get(x, 0)
            if abs(seen / n - 1 / k) > t:
                verdict(1, "getRandom is not uniform: %d came %d times in %d draws from %d "
                           "values (expected about %d)" % (x, seen, n, k, round(n / k)))
    sys.exit(0)


main()
