class Solution:
    def canConstruct(self, ransomNote: str, magazine: str) -> bool:
        have = collections.Counter(magazine)
        for c, k in collections.Counter(ransomNote).items():
            if have[c] < k:
                return False
        return True
