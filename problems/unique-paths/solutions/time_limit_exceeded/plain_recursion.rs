impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // Plain recursion: paths(r, c) = paths(r - 1, c) + paths(r, c - 1). The number of calls
        // grows like the answer itself, up to 2 * 10^9.
        if m == 1 || n == 1 {
            return 1;
        }
        Self::unique_paths(m - 1, n) + Self::unique_paths(m, n - 1)
    }
}
