class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Tries every pair: O(n^2), too slow in Python for n = 3 * 10^4.
        n = len(numbers)
        for i in range(n):
            for j in range(i + 1, n):
                if numbers[i] + numbers[j] == target:
                    return [i + 1, j + 1]
        return []
