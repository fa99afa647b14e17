class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Bug: +0 and -0 are merged into one choice, so each zero should double the count but
        # does not.
        counts = {0: 1}
        for x in nums:
            nxt = collections.defaultdict(int)
            for s, c in counts.items():
                nxt[s + x] += c
                if x:
                    nxt[s - x] += c
            counts = nxt
        return counts.get(target, 0)
