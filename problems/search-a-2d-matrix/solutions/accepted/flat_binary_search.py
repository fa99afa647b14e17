class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Treat the grid as one sorted list of m * n values: index k is cell (k // n, k % n).
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            v = matrix[mid // n][mid % n]
            if v == target:
                return True
            if v < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
