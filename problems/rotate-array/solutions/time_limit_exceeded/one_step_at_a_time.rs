impl Solution {
    pub fn rotate(nums: &mut Vec<i32>, k: i32) {
        let n = nums.len();
        for _ in 0..k as usize % n {
            let last = nums[n - 1];
            for i in (1..n).rev() {
                nums[i] = nums[i - 1];
            }
            nums[0] = last;
        }
    }
}
