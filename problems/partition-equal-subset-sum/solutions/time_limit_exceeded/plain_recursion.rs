impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        // Take or skip each value, without remembering visited states: up to 2^n paths.
        fn search(nums: &[i32], i: usize, remaining: i32) -> bool {
            if remaining == 0 {
                return true;
            }
            if i == nums.len() || remaining < 0 {
                return false;
            }
            search(nums, i + 1, remaining - nums[i]) || search(nums, i + 1, remaining)
        }
        let total: i32 = nums.iter().sum();
        total % 2 == 0 && search(&nums, 0, total / 2)
    }
}
