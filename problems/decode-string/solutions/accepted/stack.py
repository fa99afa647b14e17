class Solution:
    def decodeString(self, s: str) -> str:
        # On '[' save the text so far and the count; on ']' repeat the group and glue it back.
        stack = []
        cur = []
        num = 0
        for c in s:
            if c.isdigit():
                num = num * 10 + int(c)
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
