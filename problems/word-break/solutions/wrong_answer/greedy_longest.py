class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Bug: greedily cuts off the longest word that matches, never backtracking.
        words = sorted(set(wordDict), key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in words:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True
