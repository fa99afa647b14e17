impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        // Bug: XOR of the values and of 1..n cancels everything except the duplicate only when
        // it occurs exactly twice and all other values are present.
        let n = nums.len() as i32 - 1;
        let mut x = 0;
        for &v in &nums {
            x ^= v;
        }
        for v in 1..=n {
            x ^= v;
        }
        x
    }
}
