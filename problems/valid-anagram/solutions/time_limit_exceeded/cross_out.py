class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Crosses out each letter of s in t with a linear search: O(n^2).
        if len(s) != len(t):
            return False
        rest = list(t)
        for c in s:
            if c not in rest:
                return False
            rest.remove(c)
        return True
