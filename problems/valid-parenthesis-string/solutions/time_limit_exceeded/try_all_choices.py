class Solution:
    def checkValidString(self, s: str) -> bool:
        # Tries '(', ')' and nothing for every wildcard, without memoisation: up to 3^k.
        def can(i, open_):
            if open_ < 0:
                return False
            if i == len(s):
                return open_ == 0
            c = s[i]
            if c == "(":
                return can(i + 1, open_ + 1)
            if c == ")":
                return can(i + 1, open_ - 1)
            return can(i + 1, open_ + 1) or can(i + 1, open_ - 1) or can(i + 1, open_)

        return can(0, 0)
