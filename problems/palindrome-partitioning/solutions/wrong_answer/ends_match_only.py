# Calls a piece a palindrome when its first and last letters match, without looking inside.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = []
        path = []

        def backtrack(start):
            if start == len(s):
                res.append(path[:])
                return
            for end in range(start + 1, len(s) + 1):
                if s[start] == s[end - 1]:
                    path.append(s[start:end])
                    backtrack(end)
                    path.pop()

        backtrack(0)
        return res
