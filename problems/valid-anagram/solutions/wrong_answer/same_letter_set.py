class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Bug: only checks which letters occur, not how many times each one does.
        return set(s) == set(t)
