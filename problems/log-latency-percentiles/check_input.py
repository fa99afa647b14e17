"""Input validator for log-latency-percentiles: n <= 2 * 10^5 lines `timestamp endpoint status
latency_ms`, each field in range."""
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if not lines or not re.fullmatch(r"[0-9]+", lines[0]):
    fail("line 1 must be n")
n = int(lines[0])
if not 1 <= n <= 2 * 10**5:
    fail("n must be in 1..2*10^5")
if len(lines) != n + 1:
    fail("expected %d log lines, got %d" % (n, len(lines) - 1))
line_re = re.compile(r"(0|[1-9][0-9]*) (/[A-Za-z0-9/_.-]{0,49}) ([0-9]{3}) (0|[1-9][0-9]*)")
for i, line in enumerate(lines[1:], start=2):
    m = line_re.fullmatch(line)
    if not m:
        fail("line %d: expected `timestamp endpoint status latency_ms`" % i)
    ts, _, status, lat = m.groups()
    if int(ts) > 2 * 10**9 or not 100 <= int(status) <= 599 or int(lat) > 10**9:
        fail("line %d: timestamp, status or latency out of range" % i)
