impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // Tries every (buy, sell) pair: O(n^2).
        let n = prices.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..n {
                best = best.max(prices[j] - prices[i]);
            }
        }
        best
    }
}
