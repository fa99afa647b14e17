"""Input validator for evaluate-reverse-polish-notation: exits 0 if valid, else exits 1.

Checks the token forms and ranges, that the expression is valid postfix, that no division by zero
happens and that every intermediate value fits in a signed 32-bit integer.
"""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"tokens"}:
    fail("expected exactly the argument tokens")
tokens = data["tokens"]
if not isinstance(tokens, list) or not 1 <= len(tokens) <= 10**4:
    fail("tokens must hold 1..10^4 strings")
stack = []
for i, tok in enumerate(tokens):
    if not isinstance(tok, str):
        fail("token %d is not a string" % i)
    if tok in ("+", "-", "*", "/"):
        if len(stack) < 2:
            fail("operator at token %d lacks operands" % i)
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            r = a + b
        elif tok == "-":
            r = a - b
        elif tok == "*":
            r = a * b
        else:
            if b == 0:
                fail("division by zero at token %d" % i)
            r = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        if not -2**31 <= r < 2**31:
            fail("intermediate value %d at token %d does not fit in 32 bits" % (r, i))
        stack.append(r)
    else:
        if not re.fullmatch(r"-?(0|[1-9][0-9]*)", tok) or tok == "-0":
            fail("token %d (%r) is neither an operator nor an integer" % (i, tok))
        v = int(tok)
        if not -200 <= v <= 200:
            fail("integer token %d out of [-200, 200]" % i)
        stack.append(v)
if len(stack) != 1:
    fail("the expression leaves %d values, not one" % len(stack))
