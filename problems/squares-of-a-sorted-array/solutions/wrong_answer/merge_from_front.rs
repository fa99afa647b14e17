impl Solution {
    pub fn sorted_squares(nums: Vec<i32>) -> Vec<i32> {
        // Bug: compares the two ends but fills the answer from the front, so the largest squares
        // come first.
        let n = nums.len();
        let mut out = Vec::with_capacity(n);
        let (mut lo, mut hi) = (0usize, n);
        while lo < hi {
            if nums[lo].abs() > nums[hi - 1].abs() {
                out.push(nums[lo] * nums[lo]);
                lo += 1;
            } else {
                out.push(nums[hi - 1] * nums[hi - 1]);
                hi -= 1;
            }
        }
        out
    }
}
