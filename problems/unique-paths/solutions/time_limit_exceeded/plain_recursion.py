class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Plain recursion: paths(r, c) = paths(r - 1, c) + paths(r, c - 1). The number of calls
        # grows like the answer itself, up to 2 * 10^9.
        def paths(r, c):
            if r == 1 or c == 1:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)

        return paths(m, n)
