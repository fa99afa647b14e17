class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Use coin i again or move past it, without memoisation: exponential.
        def count(i, rest):
            if rest == 0:
                return 1
            if rest < 0 or i == len(coins):
                return 0
            return count(i, rest - coins[i]) + count(i + 1, rest)

        return count(0, amount)
