"""Input validator for combination-sum: 1..30 distinct candidates in 2..40, 1 <= target <= 40,
fewer than 150 combinations."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
cand, target = args.get("candidates"), args.get("target")
if not isinstance(cand, list) or not 1 <= len(cand) <= 30:
    fail("candidates must be a list of 1..30 integers")
if not all(isinstance(c, int) and 2 <= c <= 40 for c in cand):
    fail("every candidates[i] must be in 2..40")
if len(set(cand)) != len(cand):
    fail("candidates must be all different")
if not isinstance(target, int) or not 1 <= target <= 40:
    fail("target must be in 1..40")
ways = [1] + [0] * target  # number of multisets of candidates with each sum
for c in cand:
    for s in range(c, target + 1):
        ways[s] += ways[s - c]
if ways[target] >= 150:
    fail("%d combinations: the inputs must have fewer than 150" % ways[target])
