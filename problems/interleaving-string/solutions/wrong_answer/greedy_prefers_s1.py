class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Bug: takes the next letter from s1 whenever it matches, never reconsidering.
        if len(s1) + len(s2) != len(s3):
            return False
        i = j = 0
        for ch in s3:
            if i < len(s1) and s1[i] == ch:
                i += 1
            elif j < len(s2) and s2[j] == ch:
                j += 1
            else:
                return False
        return True
