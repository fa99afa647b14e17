"""Input validator for basic-calculator: exits 0 if valid, else prints why and exits 1.

Checks the alphabet, the grammar (unary minus only at the start or after '(', no unary plus, no
two operators in a row, balanced non-empty parentheses) and that every number and every running
value of every parenthesised group fits in a signed 32-bit integer.
"""
import json
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
if any(c not in "0123456789+-() " for c in s):
    fail("s may hold only digits, + - ( ) and spaces")

# Each frame: [running total, sign of the next operand, sign in front of this group]
stack = [[0, 1, 1]]
expect_operand = True
prev = "start"          # start, (, op, num, )
i = 0
n = len(s)
while i < n:
    c = s[i]
    if c == " ":
        i += 1
        continue
    if c.isdigit():
        if not expect_operand:
            fail("a number cannot follow a number or ')' at %d" % i)
        j = i
        while j < n and s[j].isdigit():
            j += 1
        v = int(s[i:j])
        if v > HI:
            fail("number at %d does not fit in 32 bits" % i)
        top = stack[-1]
        top[0] += top[1] * v
        if not LO <= top[0] <= HI:
            fail("running value out of 32-bit range at %d" % i)
        expect_operand = False
        prev = "num"
        i = j
        continue
    if c in "+-":
        if expect_operand:
            if not (c == "-" and prev in ("start", "(")):
                fail("operator %r at %d has no left operand" % (c, i))
        stack[-1][1] = 1 if c == "+" else -1
        expect_operand = True
        prev = "op"
    elif c == "(":
        if not expect_operand:
            fail("'(' cannot follow a number or ')' at %d" % i)
        stack.append([0, 1, stack[-1][1]])
        prev = "("
    else:  # ')'
        if expect_operand:
            fail("')' at %d closes an empty group or follows an operator" % i)
        if len(stack) == 1:
            fail("unmatched ')' at %d" % i)
        total, _, sign = stack.pop()
        top = stack[-1]
        top[0] += sign * total
        if not LO <= top[0] <= HI:
            fail("running value out of 32-bit range at %d" % i)
        prev = ")"
    i += 1
if expect_operand:
    fail("the expression ends with an operator or is empty")
if len(stack) != 1:
    fail("unmatched '('")
