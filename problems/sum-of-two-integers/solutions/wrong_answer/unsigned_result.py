class Solution:
    def getSum(self, a: int, b: int) -> int:
        # Bug: masks to 32 bits but never converts back, so a negative sum comes out as a large
        # unsigned number (-1 becomes 4294967295).
        mask = 0xFFFFFFFF
        a &= mask
        b &= mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a
