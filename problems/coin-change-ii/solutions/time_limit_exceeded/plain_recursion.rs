impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        // Use coin i again or move past it, without memoisation: exponential.
        fn count(coins: &[i32], i: usize, rest: i32) -> i32 {
            if rest == 0 {
                return 1;
            }
            if rest < 0 || i == coins.len() {
                return 0;
            }
            count(coins, i, rest - coins[i]).wrapping_add(count(coins, i + 1, rest))
        }
        count(&coins, 0, amount)
    }
}
