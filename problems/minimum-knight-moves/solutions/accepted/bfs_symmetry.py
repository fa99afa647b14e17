class Solution:
    def minKnightMoves(self, x: int, y: int) -> int:
        # by symmetry the answer for (x, y) equals that for (|x|, |y|); a shortest route never
        # needs to go further than 2 below either axis
        x, y = abs(x), abs(y)
        queue = collections.deque([(0, 0, 0)])
        seen = {(0, 0)}
        while queue:
            a, b, d = queue.popleft()
            if (a, b) == (x, y):
                return d
            for da, db in ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)):
                na, nb = a + da, b + db
                if na >= -2 and nb >= -2 and (na, nb) not in seen:
                    seen.add((na, nb))
                    queue.append((na, nb, d + 1))
        return -1
