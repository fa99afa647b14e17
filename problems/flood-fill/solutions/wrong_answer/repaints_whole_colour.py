# Repaints every pixel of the clicked colour, connected to the click or not.
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        old = image[sr][sc]
        return [[color if v == old else v for v in row] for row in image]
