class Solution:
    def backspaceCompare(self, s: str, t: str) -> bool:
        # Bug: `if c == "#" and out` falls through to the else branch when the editor is empty,
        # so a backspace on an empty editor is typed as a '#' character.
        def final(text):
            out = []
            for c in text:
                if c == "#" and out:
                    out.pop()
                else:
                    out.append(c)
            return out

        return final(s) == final(t)
