impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Fewest jumps from i by trying every first jump, without memoisation: exponential.
        fn fewest(nums: &[i32], i: usize) -> i32 {
            let n = nums.len();
            if i >= n - 1 {
                return 0;
            }
            let mut best = n as i32;
            for step in 1..=nums[i] as usize {
                best = best.min(1 + fewest(nums, i + step));
            }
            best
        }
        fewest(&nums, 0)
    }
}
