class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Count of sign choices reaching each running sum, one element at a time.
        counts = {0: 1}
        for x in nums:
            nxt = collections.defaultdict(int)
            for s, c in counts.items():
                nxt[s + x] += c
                nxt[s - x] += c
            counts = nxt
        return counts.get(target, 0)
