class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Two anagrams have the same letters in sorted order: O(n log n).
        return sorted(s) == sorted(t)
