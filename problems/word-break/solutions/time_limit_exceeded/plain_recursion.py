class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Plain recursion: try every word as the next piece, without remembering which
        # suffixes already failed. Exponential on inputs like "aaaa...ab".
        words = set(wordDict)

        def can(i):
            if i == len(s):
                return True
            for j in range(i + 1, len(s) + 1):
                if s[i:j] in words and can(j):
                    return True
            return False

        return can(0)
