"""Input validator for log-query-stats: exits 0 if the input is valid, else prints why and exits 1."""
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


text = sys.stdin.read()
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
head = lines[0].split(" ")
if len(head) != 2 or not all(re.fullmatch(r"0|[1-9][0-9]*", x) for x in head):
    fail("first line: n q")
n, q = int(head[0]), int(head[1])
if not 1 <= n <= 2 * 10**5:
    fail("need 1 <= n <= 2*10^5")
if not 1 <= q <= 2 * 10**4:
    fail("need 1 <= q <= 2*10^4")
if len(lines) != 1 + n + q:
    fail("expected %d lines, got %d" % (1 + n + q, len(lines)))
NUM = r"(0|[1-9][0-9]*)"
LINE = re.compile(NUM + r" (DEBUG|INFO|WARN|ERROR) ([a-z0-9-]{1,20}) " + NUM)
services = set()
for i in range(1, n + 1):
    m = LINE.fullmatch(lines[i])
    if not m:
        fail("line %d: expected `timestamp level service latency_ms`" % (i + 1))
    if int(m.group(1)) > 10**9:
        fail("line %d: timestamp above 10^9" % (i + 1))
    if int(m.group(4)) > 10**6:
        fail("line %d: latency above 10^6" % (i + 1))
    services.add(m.group(3))
if len(services) > 10:
    fail("at most 10 distinct services")
QUERY = re.compile(r"stats (count|sum\(latency_ms\)|p([1-9][0-9]*)\(latency_ms\)) by (service|level) " + NUM + " " + NUM)
pct = 0
for i in range(n + 1, n + 1 + q):
    m = QUERY.fullmatch(lines[i])
    if not m:
        fail("line %d: not a valid query" % (i + 1))
    if m.group(2) is not None:
        pct += 1
        if not 1 <= int(m.group(2)) <= 100:
            fail("line %d: percentile must be 1..100" % (i + 1))
    lo, hi = int(m.group(4)), int(m.group(5))
    if not lo <= hi <= 2 * 10**9:
        fail("line %d: need 0 <= from <= to <= 2*10^9" % (i + 1))
if pct > 10:
    fail("at most 10 percentile queries")
