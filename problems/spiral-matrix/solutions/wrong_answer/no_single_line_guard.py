class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Bug: walks back along the bottom row and up the left column even when only one row or
        # one column is left, so the middle of a wide or tall grid is visited twice.
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        out = []
        while top <= bottom and left <= right:
            for j in range(left, right + 1):
                out.append(matrix[top][j])
            for i in range(top + 1, bottom + 1):
                out.append(matrix[i][right])
            for j in range(right - 1, left - 1, -1):
                if bottom != top:
                    out.append(matrix[bottom][j])
            for i in range(bottom - 1, top, -1):
                out.append(matrix[i][left])
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return out
