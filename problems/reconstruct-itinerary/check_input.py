"""Input validator for reconstruct-itinerary: the tickets form a trail from JFK using them all."""
import collections
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"tickets"}:
    fail("expected exactly the argument `tickets`")
tickets = data["tickets"]
if not isinstance(tickets, list) or not 1 <= len(tickets) <= 300:
    fail("tickets.length must be in 1..300")
out_deg = collections.Counter()
in_deg = collections.Counter()
adj = collections.defaultdict(set)
for t in tickets:
    if not isinstance(t, list) or len(t) != 2:
        fail("each ticket must be a pair: %r" % (t,))
    for a in t:
        if not isinstance(a, str) or len(a) != 3 or not all("A" <= ch <= "Z" for ch in a):
            fail("airport %r is not three uppercase letters" % (a,))
    a, b = t
    if a == b:
        fail("ticket %r starts and ends at the same airport" % (t,))
    out_deg[a] += 1
    in_deg[b] += 1
    adj[a].add(b)
# An Eulerian trail from JFK: every airport reachable from JFK, and degrees balanced except
# JFK (one more out, unless the trail returns to JFK) and the end (one more in).
airports = set(out_deg) | set(in_deg)
if "JFK" not in out_deg:
    fail("no ticket leaves JFK")
seen = {"JFK"}
stack = ["JFK"]
while stack:
    u = stack.pop()
    for v in adj[u]:
        if v not in seen:
            seen.add(v)
            stack.append(v)
if seen != airports:
    fail("some airport cannot be reached from JFK")
diff = {a: out_deg[a] - in_deg[a] for a in airports}
starts = [a for a in airports if diff[a] == 1]
ends = [a for a in airports if diff[a] == -1]
if any(abs(d) > 1 for d in diff.values()):
    fail("the tickets cannot form a single itinerary (degrees)")
if not ((starts == [] and ends == []) or (starts == ["JFK"] and len(ends) == 1)):
    fail("the tickets cannot form a single itinerary starting at JFK")
