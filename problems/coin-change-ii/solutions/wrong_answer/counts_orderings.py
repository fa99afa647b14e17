class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Bug: amounts in the outer loop count every order of the same coins separately
        # (1+3 and 3+1 twice).
        ways = [1] + [0] * amount
        for s in range(1, amount + 1):
            for c in coins:
                if c <= s:
                    ways[s] += ways[s - c]
        return ways[amount]
