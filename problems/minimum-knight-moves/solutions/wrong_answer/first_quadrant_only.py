# Folds the target into the first quadrant and then forbids negative squares altogether, which
# loses the short routes that dip below an axis.
class Solution:
    def minKnightMoves(self, x: int, y: int) -> int:
        x, y = abs(x), abs(y)
        queue = collections.deque([(0, 0, 0)])
        seen = {(0, 0)}
        while queue:
            a, b, d = queue.popleft()
            if (a, b) == (x, y):
                return d
            for da, db in ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)):
                na, nb = a + da, b + db
                if na >= 0 and nb >= 0 and (na, nb) not in seen:
                    seen.add((na, nb))
                    queue.append((na, nb, d + 1))
        return -1
