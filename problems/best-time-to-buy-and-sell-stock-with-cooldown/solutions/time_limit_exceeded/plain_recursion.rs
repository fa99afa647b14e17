impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // Act or wait on each day, without memoisation: exponential.
        fn best(p: &[i32], i: usize, holding: bool) -> i32 {
            if i >= p.len() {
                return 0;
            }
            let wait = best(p, i + 1, holding);
            if holding {
                wait.max(p[i] + best(p, i + 2, false))
            } else {
                wait.max(best(p, i + 1, true) - p[i])
            }
        }
        best(&prices, 0, false)
    }
}
