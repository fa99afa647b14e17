class Solution:
    def longestValidParentheses(self, s: str) -> int:
        # From every start, scan right while the balance stays non-negative: O(n^2).
        best = 0
        n = len(s)
        for i in range(n):
            balance = 0
            for j in range(i, n):
                balance += 1 if s[j] == "(" else -1
                if balance < 0:
                    break
                if balance == 0 and j - i + 1 > best:
                    best = j - i + 1
        return best
