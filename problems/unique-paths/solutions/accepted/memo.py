class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # The recursion with memoisation: each of the m * n cells is computed once.
        @cache
        def paths(r, c):
            if r == 1 or c == 1:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)

        return paths(m, n)
