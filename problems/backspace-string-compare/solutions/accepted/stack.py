class Solution:
    def backspaceCompare(self, s: str, t: str) -> bool:
        def final(text):
            out = []
            for c in text:
                if c == "#":
                    if out:
                        out.pop()
                else:
                    out.append(c)
            return out

        return final(s) == final(t)
