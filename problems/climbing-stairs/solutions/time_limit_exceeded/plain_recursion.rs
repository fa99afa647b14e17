impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        // Recomputes the same subproblems over and over: about 1.8 * 10^9 calls for n = 45.
        if n <= 2 {
            return n;
        }
        Self::climb_stairs(n - 1) + Self::climb_stairs(n - 2)
    }
}
