"""Checker for random-pick-with-weight: python3 checker.py INPUT EXPECTED ACTUAL (JSON files).

The constructor returns null and every pickIndex an index of w. The EXPECTED file (what the
reference drew) is not used. Weights: with n >= 200 draws, each index i's share of the draws must
lie within t = sqrt(ln(2 * k / delta) / (2 * n)) of w[i] / sum(w), where k = len(w) and
delta = 1e-6. For one index, Hoeffding's inequality bounds the chance that a correct pickIndex
strays that far by 2 * exp(-2 * n * t^2) = delta / k; over the k indices (union bound) a correct
solution is rejected with probability below delta = 1e-6 per test, whatever the weights. With
10^4 draws from 3 indices, t = 0.027: an index drawn 30% instead of 25% of the time is caught.
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
    if calls[0] != "Solution":
        verdict(2, "call 0 must be the constructor")
    w = args[0][0]
    if not isinstance(actual, list) or len(actual) != len(calls):
        verdict(1, "expected %d returns, got %s" % (len(calls), str(actual)[:60]))
    if actual[0] is not None:
        verdict(1, "call 0: the constructor returns null")
    counts = [0] * len(w)
    for i in range(1, len(calls)):
        if calls[i] != "pickIndex":
            verdict(2, "call %d: unknown method %r" % (i, calls[i]))
        got = actual[i]
        if type(got) is not int or not 0 <= got < len(w):
            verdict(1, "call %d: pickIndex() returned %s, not an index of w (0..%d)"
                    % (i, json.dumps(got), len(w) - 1))
        counts[got] += 1
    n, total, k = len(calls) - 1, sum(w), len(w)
    if n < MIN_DRAWS or k < 2:
        sys.exit(0)
    t = math.sqrt(math.log(2 * k / DELTA) / (2 * n))
    for i, (c, wi) in enumerate(zip(counts, w)):
        if abs(c / n - wi / total) > t:
            verdict(1, "pickIndex does not follow the weights: index %d (weight %d of %d) came "
                       "%d times in %d draws (expected about %d)"
                    % (i, wi, total, c, n, round(n * wi / total)))
    sys.exit(0)


main()
