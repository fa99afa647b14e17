class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Simple O(n * m): compare the letter counts of every window with those of s1.
        need = collections.Counter(s1)
        m = len(s1)
        for i in range(len(s2) - m + 1):
            if collections.Counter(s2[i:i + m]) == need:
                return True
        return False
