impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        // Tries k = 1, 2, 3, ... : up to max(piles) rounds of O(n) each.
        let mut k: i64 = 1;
        loop {
            let hours: i64 = piles.iter().map(|&p| (p as i64 + k - 1) / k).sum();
            if hours <= h as i64 {
                return k as i32;
            }
            k += 1;
        }
    }
}
