"""Input validator for minimum-interval-to-include-each-query: reads {"intervals", "queries"}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"intervals", "queries"}:
    fail("expected exactly the arguments intervals and queries")
intervals, queries = data["intervals"], data["queries"]
if not isinstance(intervals, list) or not 1 <= len(intervals) <= 10**5:
    fail("intervals must be a list of 1..10^5 intervals")
for v in intervals:
    if not isinstance(v, list) or len(v) != 2 or any(type(x) is not int for x in v):
        fail("every interval must be a pair of integers")
    if not 1 <= v[0] <= v[1] <= 10**7:
        fail("every interval needs 1 <= left <= right <= 10^7")
if not isinstance(queries, list) or not 1 <= len(queries) <= 10**5:
    fail("queries must be a list of 1..10^5 numbers")
for q in queries:
    if type(q) is not int or not 1 <= q <= 10**7:
        fail("every query must be an integer in 1..10^7")
