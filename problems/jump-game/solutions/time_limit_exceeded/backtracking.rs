impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // Tries every jump from every position, without remembering the positions that failed:
        // exponential when the end is out of reach.
        fn reach_end(nums: &[i32], pos: usize) -> bool {
            let n = nums.len();
            if pos == n - 1 {
                return true;
            }
            let furthest = (pos + nums[pos] as usize).min(n - 1);
            (pos + 1..=furthest).any(|next| reach_end(nums, next))
        }
        reach_end(&nums, 0)
    }
}
