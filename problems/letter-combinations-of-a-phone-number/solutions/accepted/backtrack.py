class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        res = []

        def backtrack(i, prefix):
            if i == len(digits):
                res.append(prefix)
                return
            for ch in keys[digits[i]]:
                backtrack(i + 1, prefix + ch)

        backtrack(0, "")
        return res
