impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // Takes or skips each number, without remembering results: up to 2^n calls.
        fn best(nums: &[i32], i: usize, prev: Option<usize>) -> i32 {
            if i == nums.len() {
                return 0;
            }
            let skip = best(nums, i + 1, prev);
            match prev {
                Some(p) if nums[i] <= nums[p] => skip,
                _ => skip.max(1 + best(nums, i + 1, Some(i))),
            }
        }
        best(&nums, 0, None)
    }
}
