"""Input validator for merge-triplets-to-form-target-triplet: reads {"triplets", "target"}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def triplet(t, what):
    if not isinstance(t, list) or len(t) != 3:
        fail("%s must have three values" % what)
    for v in t:
        if type(v) is not int or not 1 <= v <= 1000:
            fail("%s values must be integers in 1..1000" % what)


data = json.load(sys.stdin)
if set(data) != {"triplets", "target"}:
    fail("expected exactly the arguments triplets and target")
triplets = data["triplets"]
if not isinstance(triplets, list) or not 1 <= len(triplets) <= 10**5:
    fail("triplets must be a list of 1..10^5 triplets")
for t in triplets:
    triplet(t, "a triplet")
triplet(data["target"], "target")
