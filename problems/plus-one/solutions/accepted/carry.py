class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        digits = digits[:]
        for i in range(len(digits) - 1, -1, -1):
            if digits[i] < 9:
                digits[i] += 1
                return digits
            digits[i] = 0
        # Every digit was a nine.
        return [1] + digits
