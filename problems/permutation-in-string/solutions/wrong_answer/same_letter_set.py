class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Bug: compares which letters occur, not how many times.
        m = len(s1)
        need = set(s1)
        for i in range(len(s2) - m + 1):
            if set(s2[i:i + m]) == need:
                return True
        return False
