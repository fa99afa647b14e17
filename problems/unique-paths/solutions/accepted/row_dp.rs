impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // ways[c] for the current row: each cell is reached from above or from the left.
        // Intermediate cells never exceed the answer, which fits in an i32.
        let n = n as usize;
        let mut ways = vec![1i64; n];
        for _ in 1..m {
            for c in 1..n {
                ways[c] += ways[c - 1];
            }
        }
        ways[n - 1] as i32
    }
}
