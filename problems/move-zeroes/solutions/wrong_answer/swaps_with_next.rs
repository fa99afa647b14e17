impl Solution {
    pub fn move_zeroes(nums: &mut Vec<i32>) {
        // One bubbling pass: a zero followed by another zero stays behind.
        for i in 0..nums.len() - 1 {
            if nums[i] == 0 {
                nums.swap(i, i + 1);
            }
        }
    }
}
