impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // Bug: the single value is 2 * sum(distinct) - sum(all); this computes
        // sum(all) - sum(distinct) instead, which is the sum of the values that repeat.
        let mut distinct = nums.clone();
        distinct.sort();
        distinct.dedup();
        let all: i32 = nums.iter().sum();
        let once: i32 = distinct.iter().sum();
        all - once
    }
}
