class Solution:
    def decodeString(self, s: str) -> str:
        # Bug: reads only the last digit of a count, so "12[a]" repeats "a" twice.
        stack = []
        cur = []
        num = 0
        for c in s:
            if c.isdigit():
                num = int(c)
            elif c == "[":
                stack.append((cur, num))
                cur, num = [], 0
            elif c == "]":
                prev, k = stack.pop()
                prev.append("".join(cur) * k)
                cur = prev
            else:
                cur.append(c)
        return "".join(cur)
