"""Input validator for flood-fill."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"image", "sr", "sc", "color"}:
    fail("expected the arguments `image`, `sr`, `sc` and `color`")
img, sr, sc, color = data["image"], data["sr"], data["sc"], data["color"]
if not isinstance(img, list) or not 1 <= len(img) <= 50:
    fail("m must be in 1..50")
if not isinstance(img[0], list) or not 1 <= len(img[0]) <= 50:
    fail("n must be in 1..50")
n = len(img[0])
for r, row in enumerate(img):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d must have n = %d pixels" % (r, n))
    if any(type(v) is not int or not 0 <= v < 65536 for v in row):
        fail("row %d has a colour outside 0..2^16-1" % r)
if type(color) is not int or not 0 <= color < 65536:
    fail("color must be in 0..2^16-1")
if type(sr) is not int or type(sc) is not int or not (0 <= sr < len(img) and 0 <= sc < n):
    fail("(sr, sc) must be a pixel of the image")
