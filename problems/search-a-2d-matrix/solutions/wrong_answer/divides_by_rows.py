class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        # Bug: maps the flat index to a cell with the number of rows instead of columns, which
        # is only right for square grids.
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            r, c = divmod(mid, m)
            if r >= m or c >= n:
                hi = mid - 1
                continue
            v = matrix[r][c]
            if v == target:
                return True
            if v < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
