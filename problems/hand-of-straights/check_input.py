"""Input validator for hand-of-straights: reads {"hand": [...], "groupSize": G} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"hand", "groupSize"}:
    fail("expected exactly the arguments hand and groupSize")
hand, g = data["hand"], data["groupSize"]
if not isinstance(hand, list) or not 1 <= len(hand) <= 10**4:
    fail("hand must be a list of 1..10^4 cards")
for x in hand:
    if type(x) is not int or not 0 <= x <= 10**9:
        fail("every card must be an integer in 0..10^9")
if type(g) is not int or not 1 <= g <= len(hand):
    fail("groupSize must be in 1..hand.length")
