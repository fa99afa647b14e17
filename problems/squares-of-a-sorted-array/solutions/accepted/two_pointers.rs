impl Solution {
    pub fn sorted_squares(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut out = vec![0; n];
        let (mut lo, mut hi) = (0usize, n - 1);
        for k in (0..n).rev() {
            if nums[lo].abs() > nums[hi].abs() {
                out[k] = nums[lo] * nums[lo];
                lo += 1;
            } else {
                out[k] = nums[hi] * nums[hi];
                if hi > 0 {
                    hi -= 1;
                }
            }
        }
        out
    }
}
