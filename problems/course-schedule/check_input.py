"""Input validator for course-schedule: 1 <= numCourses <= 2000, at most 5000 different pairs
[a, b] with 0 <= a, b < numCourses."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
n, pairs = args.get("numCourses"), args.get("prerequisites")
if not isinstance(n, int) or not 1 <= n <= 2000:
    fail("numCourses must be in 1..2000")
if not isinstance(pairs, list) or len(pairs) > 5000:
    fail("prerequisites must be a list of at most 5000 pairs")
seen = set()
for p in pairs:
    if not isinstance(p, list) or len(p) != 2:
        fail("every prerequisite must be a pair [a, b]")
    if not all(isinstance(x, int) and 0 <= x < n for x in p):
        fail("course numbers must be in 0..numCourses-1")
    if tuple(p) in seen:
        fail("pair %r appears twice" % p)
    seen.add(tuple(p))
