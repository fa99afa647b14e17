"""Checker for course-schedule-ii: python3 checker.py INPUT EXPECTED ACTUAL (JSON files).

The reference's answer says whether an order exists ([] means none). If one does, the answer
must list every course exactly once and put each prerequisite before the course needing it.
"""
import json
import sys

data = json.load(open(sys.argv[1]))
expected = json.load(open(sys.argv[2]))
actual = json.load(open(sys.argv[3]))
n, pre = data["numCourses"], data["prerequisites"]


def wrong(why):
    print(why)
    sys.exit(1)


if not isinstance(actual, list) or any(type(x) is not int for x in actual):
    wrong("the answer is not a list of integers")
if expected == []:
    if actual != []:
        wrong("the prerequisites contain a cycle, so the answer is []; got %d courses" % len(actual))
    sys.exit(0)
if actual == []:
    wrong("an order exists, but the answer is []")
if len(actual) != n or sorted(actual) != list(range(n)):
    wrong("the answer must list each of the %d courses exactly once (got %d entries)" % (n, len(actual)))
position = [0] * n
for i, c in enumerate(actual):
    position[c] = i
for a, b in pre:
    if position[b] > position[a]:
        wrong("course %d needs course %d first, but comes at position %d before %d"
              % (a, b, position[a], position[b]))
sys.exit(0)
