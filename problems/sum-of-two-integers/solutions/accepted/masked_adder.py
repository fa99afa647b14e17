class Solution:
    def getSum(self, a: int, b: int) -> int:
        # Imitate a 32-bit adder: XOR adds without carries, AND << 1 gives the carries.
        mask = 0xFFFFFFFF
        a &= mask
        b &= mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        # Read the 32-bit pattern back as a signed number.
        return a if a <= 0x7FFFFFFF else ~(a ^ mask)
