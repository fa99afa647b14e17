class Solution:
    def smallestRange(self, nums: List[List[int]]) -> List[int]:
        items = sorted((v, i) for i, row in enumerate(nums) for v in row)
        k = len(nums)
        count = [0] * k
        covered = 0
        best = None
        left = 0
        for v, i in items:
            if count[i] == 0:
                covered += 1
            count[i] += 1
            while covered == k:
                lo = items[left][0]
                if best is None or v - lo < best[1] - best[0]:
                    best = [lo, v]
                j = items[left][1]
                count[j] -= 1
                if count[j] == 0:
                    covered -= 1
                left += 1
        return best
