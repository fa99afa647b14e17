use std::collections::HashMap;

impl Solution {
    pub fn majority_element(nums: Vec<i32>) -> i32 {
        // Bug: returns the first value seen n / 2 times (rounded down), but a value that is not
        // the majority can reach that count first when n is odd.
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            let c = count.entry(x).or_insert(0);
            *c += 1;
            if *c >= nums.len() / 2 {
                return x;
            }
        }
        nums[0]
    }
}
