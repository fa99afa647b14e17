"""Input validator for roman-to-integer: exits 0 if valid, else prints why and exits 1.

Checks that s is the standard Roman numeral of some number in 1..3999.
"""
import json
import sys

PARTS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, letters in PARTS:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    print("expected exactly the argument s")
    sys.exit(1)
s = data["s"]
valid = {to_roman(n) for n in range(1, 4000)}
if not isinstance(s, str) or not 1 <= len(s) <= 15 or s not in valid:
    print("s must be the standard Roman numeral of a number in 1..3999")
    sys.exit(1)
