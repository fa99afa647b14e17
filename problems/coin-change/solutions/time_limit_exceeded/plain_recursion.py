class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Plain recursion over the last coin used, without remembering any result:
        # the same remaining amounts are solved again and again.
        def fewest(rest):
            if rest == 0:
                return 0
            best = -1
            for c in coins:
                if c <= rest:
                    sub = fewest(rest - c)
                    if sub != -1 and (best == -1 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
