class Solution:
    def canConstruct(self, ransomNote: str, magazine: str) -> bool:
        # Bug: only checks that each letter occurs somewhere, not how many times.
        return set(ransomNote) <= set(magazine)
