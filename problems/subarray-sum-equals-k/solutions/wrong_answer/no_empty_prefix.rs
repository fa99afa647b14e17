use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        // Bug: does not record the empty prefix (sum 0), so pieces starting at index 0 are
        // never counted.
        let mut seen: HashMap<i32, i32> = HashMap::new();
        let (mut total, mut count) = (0i32, 0i32);
        for x in nums {
            total += x;
            count += seen.get(&(total - k)).copied().unwrap_or(0);
            *seen.entry(total).or_insert(0) += 1;
        }
        count
    }
}
