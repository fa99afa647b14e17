impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // Plain recursion over the last coin used, without remembering any result:
        // the same remaining amounts are solved again and again.
        fn fewest(coins: &[i32], rest: i32) -> i32 {
            if rest == 0 {
                return 0;
            }
            let mut best = -1;
            for &c in coins {
                if c <= rest {
                    let sub = fewest(coins, rest - c);
                    if sub != -1 && (best == -1 || sub + 1 < best) {
                        best = sub + 1;
                    }
                }
            }
            best
        }
        fewest(&coins, amount)
    }
}
