"""Input validator for task-scheduler: reads {"tasks": [...], "n": N} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"tasks", "n"}:
    fail("expected exactly the arguments tasks and n")
tasks, n = data["tasks"], data["n"]
if not isinstance(tasks, list) or not 1 <= len(tasks) <= 10**4:
    fail("tasks must be a list of 1..10^4 letters")
for t in tasks:
    if not isinstance(t, str) or len(t) != 1 or not "A" <= t <= "Z":
        fail("every task must be one uppercase English letter")
if type(n) is not int or not 0 <= n <= 100:
    fail("n must be an integer in 0..100")
