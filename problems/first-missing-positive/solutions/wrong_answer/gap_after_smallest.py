class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        # Bug: looks for the first gap after the smallest positive value, forgetting that 1
        # itself may be missing.
        pos = sorted(set(x for x in nums if x > 0))
        if not pos:
            return 1
        k = pos[0]
        for x in pos:
            if x != k:
                return k
            k += 1
        return k
