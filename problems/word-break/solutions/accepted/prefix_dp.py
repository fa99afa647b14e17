class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # ok[i]: the first i letters split into words. Only word lengths from the list matter.
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        n = len(s)
        ok = [True] + [False] * n
        for i in range(1, n + 1):
            for L in lengths:
                if L > i:
                    break
                if ok[i - L] and s[i - L:i] in words:
                    ok[i] = True
                    break
        return ok[n]
