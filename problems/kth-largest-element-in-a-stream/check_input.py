"""Input validator for kth-largest-element-in-a-stream: reads {"calls": [...], "args": [...]}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def score(x, what):
    if type(x) is not int or not -10**4 <= x <= 10**4:
        fail("%s must be an integer in -10^4..10^4" % what)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or len(calls) != len(args) or calls[0] != "KthLargest":
    fail("the first call must be the constructor and every call needs its arguments")
if calls.count("KthLargest") != 1 or any(c != "add" for c in calls[1:]):
    fail("after the constructor only `add` may be called")
if len(calls) - 1 > 10**4:
    fail("at most 10^4 calls to add")
if len(args[0]) != 2:
    fail("KthLargest takes k and nums")
k, nums = args[0]
if not isinstance(nums, list) or len(nums) > 10**4:
    fail("nums must be a list of at most 10^4 scores")
for x in nums:
    score(x, "nums[i]")
if type(k) is not int or not 1 <= k <= len(nums) + 1:
    fail("k must be in 1..nums.length + 1")
size = len(nums)
for a in args[1:]:
    if len(a) != 1:
        fail("add takes one argument")
    score(a[0], "val")
    size += 1
    if size < k:
        fail("add called while the stream holds fewer than k scores")
