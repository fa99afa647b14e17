# Forgets the case color == original colour: the fill keeps revisiting painted pixels and the
# recursion never ends.
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        old = image[sr][sc]
        m, n = len(image), len(image[0])

        def fill(r, c):
            if 0 <= r < m and 0 <= c < n and image[r][c] == old:
                image[r][c] = color
                fill(r + 1, c)
                fill(r - 1, c)
                fill(r, c + 1)
                fill(r, c - 1)

        fill(sr, sc)
        return image
