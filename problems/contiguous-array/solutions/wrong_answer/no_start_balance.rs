use std::collections::HashMap;

impl Solution {
    pub fn find_max_length(nums: Vec<i32>) -> i32 {
        // Bug: does not record balance 0 before the first element, so a balanced piece that
        // starts at index 0 is never found.
        let mut first: HashMap<i32, usize> = HashMap::new();
        let mut balance = 0;
        let mut best = 0;
        for (i, &x) in nums.iter().enumerate() {
            balance += if x == 1 { 1 } else { -1 };
            match first.get(&balance) {
                Some(&j) => best = best.max(i - j),
                None => {
                    first.insert(balance, i);
                }
            }
        }
        best as i32
    }
}
