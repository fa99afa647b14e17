use std::collections::HashSet;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let values: HashSet<i32> = nums.into_iter().collect();
        let mut best = 0;
        for &x in &values {
            // Start counting only at the smallest value of a run.
            if x > i32::MIN && values.contains(&(x - 1)) {
                continue;
            }
            let mut len = 1;
            let mut y = x;
            while y < i32::MAX && values.contains(&(y + 1)) {
                y += 1;
                len += 1;
            }
            best = best.max(len);
        }
        best
    }
}
