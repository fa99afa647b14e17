"""Input validator for course-schedule-ii."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"numCourses", "prerequisites"}:
    fail("expected the arguments `numCourses` and `prerequisites`")
n, pre = data["numCourses"], data["prerequisites"]
if type(n) is not int or not 1 <= n <= 2000:
    fail("numCourses must be in 1..2000")
if not isinstance(pre, list) or len(pre) > n * (n - 1):
    fail("prerequisites.length must be at most numCourses * (numCourses - 1)")
seen = set()
for p in pre:
    if not isinstance(p, list) or len(p) != 2 or any(type(x) is not int for x in p):
        fail("each prerequisite must be a pair of integers: %r" % (p,))
    a, b = p
    if not (0 <= a < n and 0 <= b < n) or a == b:
        fail("pair %r must name two different courses in 0..numCourses-1" % (p,))
    if (a, b) in seen:
        fail("pair %r is listed twice" % (p,))
    seen.add((a, b))
