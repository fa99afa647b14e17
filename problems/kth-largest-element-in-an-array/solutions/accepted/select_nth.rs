impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        // Quickselect (introselect): the k-th largest sits at index n - k of the ascending order.
        let mut nums = nums;
        let idx = nums.len() - k as usize;
        *nums.select_nth_unstable(idx).1
    }
}
