"""Input validator for employee-free-time: 1..50 employees with 1..50 intervals each,
0 <= start < end <= 10^8, each employee's intervals sorted and not overlapping."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"schedule"}:
    fail("expected the argument `schedule`")
schedule = data["schedule"]
if not isinstance(schedule, list) or not 1 <= len(schedule) <= 50:
    fail("there must be 1..50 employees")
for i, emp in enumerate(schedule):
    if not isinstance(emp, list) or not 1 <= len(emp) <= 50:
        fail("employee %d must have 1..50 intervals" % i)
    for iv in emp:
        if not isinstance(iv, list) or len(iv) != 2 or any(type(x) is not int for x in iv):
            fail("employee %d: every interval is [start, end]" % i)
        if not 0 <= iv[0] < iv[1] <= 10**8:
            fail("employee %d: %s must have 0 <= start < end <= 10^8" % (i, iv))
    if any(a[1] > b[0] for a, b in zip(emp, emp[1:])):
        fail("employee %d: intervals must be sorted and must not overlap" % i)
