class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Bug: returns 0-based positions.
        i, j = 0, len(numbers) - 1
        while i < j:
            s = numbers[i] + numbers[j]
            if s == target:
                return [i, j]
            if s < target:
                i += 1
            else:
                j -= 1
        return []
