impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        // ways[s]: ways to pay s with the coins seen so far (coins in the outer loop).
        // Counts of smaller amounts may overflow 32 bits; only sums are taken, so wrapping
        // arithmetic still gives the right final answer, which fits.
        let amount = amount as usize;
        let mut ways = vec![0i32; amount + 1];
        ways[0] = 1;
        for &c in &coins {
            let c = c as usize;
            for s in c..=amount {
                ways[s] = ways[s].wrapping_add(ways[s - c]);
            }
        }
        ways[amount]
    }
}
