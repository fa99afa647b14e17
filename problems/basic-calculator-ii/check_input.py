"""Input validator for basic-calculator-ii: exits 0 if valid, else prints why and exits 1.

Checks the alphabet, that numbers and operators alternate, that no division is by zero and that
every number, every product/quotient term and every running sum fits in a signed 32-bit integer.
"""
import json
import re
import sys

LO, HI = -2**31, 2**31 - 1


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    fail("expected exactly the argument s")
s = data["s"]
if not isinstance(s, str) or not 1 <= len(s) <= 3 * 10**5:
    fail("s must have 1..3*10^5 characters")
if any(c not in "0123456789+-*/ " for c in s):
    fail("s may hold only digits, + - * / and spaces")
tokens = re.findall(r"\d+|[-+*/]", s)
if re.sub(r"\d+|[-+*/]| ", "", s):
    fail("unexpected characters")
if re.search(r"\d\s+\d", s):
    fail("two numbers in a row")
if len(tokens) % 2 == 0:
    fail("the expression must start and end with a number")
for i, t in enumerate(tokens):
    if (i % 2 == 0) != t.isdigit():
        fail("numbers and operators must alternate (token %d)" % i)
    if i % 2 == 0 and int(t) > HI:
        fail("number %s does not fit in 32 bits" % t)
total = 0
term = int(tokens[0])
sign = 1
for op, t in zip(tokens[1::2], tokens[2::2]):
    v = int(t)
    if op in "*/":
        if op == "*":
            term *= v
        else:
            if v == 0:
                fail("division by zero")
            term //= v
        if not LO <= sign * term <= HI:
            fail("an intermediate term does not fit in 32 bits")
    else:
        total += sign * term
        if not LO <= total <= HI:
            fail("a running sum does not fit in 32 bits")
        sign = 1 if op == "+" else -1
        term = v
total += sign * term
if not LO <= total <= HI:
    fail("the answer does not fit in 32 bits")
