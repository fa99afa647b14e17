impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a.
        let amount = amount as usize;
        let inf = amount + 1;
        let mut fewest = vec![inf; amount + 1];
        fewest[0] = 0;
        for a in 1..=amount {
            for &c in &coins {
                let c = c as usize;
                if c <= a && fewest[a - c] + 1 < fewest[a] {
                    fewest[a] = fewest[a - c] + 1;
                }
            }
        }
        if fewest[amount] == inf { -1 } else { fewest[amount] as i32 }
    }
}
