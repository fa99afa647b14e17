"""Input validator for deployment-planner: exits 0 if the input is valid, else prints why and exits 1."""
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


text = sys.stdin.read()
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
if not m:
    fail("first line: n P")
n, p = int(m.group(1)), int(m.group(2))
if not 1 <= n <= 10**5 or not 1 <= p <= n:
    fail("need 1 <= n <= 10^5 and 1 <= P <= n")
if len(lines) != n + 2:
    fail("expected %d lines" % (n + 2))
NAME = re.compile(r"[a-z][a-z0-9-]{0,19}")
rows = []
names = set()
for i in range(1, n + 1):
    parts = lines[i].split(" ")
    if len(parts) < 2 or not NAME.fullmatch(parts[0]) or not re.fullmatch(r"0|[1-9][0-9]*", parts[1]):
        fail("line %d: name k dep1 ... depk" % (i + 1))
    if int(parts[1]) != len(parts) - 2:
        fail("line %d: k does not match the number of dependencies" % (i + 1))
    if parts[0] in names:
        fail("line %d: service %s listed twice" % (i + 1, parts[0]))
    names.add(parts[0])
    rows.append(parts)
total = 0
for i, parts in enumerate(rows):
    ds = parts[2:]
    total += len(ds)
    if len(set(ds)) != len(ds):
        fail("line %d: a dependency is listed twice" % (i + 2))
    for d in ds:
        if d not in names:
            fail("line %d: unknown service %s" % (i + 2, d))
if total > 2 * 10**5:
    fail("more than 2*10^5 dependencies in all")
parts = lines[n + 1].split(" ")
if not re.fullmatch(r"0|[1-9][0-9]*", parts[0]) or int(parts[0]) != len(parts) - 1:
    fail("last line: f followed by f names")
fl = parts[1:]
if len(set(fl)) != len(fl) or any(x not in names for x in fl):
    fail("failed services must be distinct known services")
