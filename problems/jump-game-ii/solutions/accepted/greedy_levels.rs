impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Breadth-first by levels over windows of indices reachable with the same jump count.
        let (mut jumps, mut end, mut farthest) = (0, 0usize, 0usize);
        for i in 0..nums.len() - 1 {
            farthest = farthest.max(i + nums[i] as usize);
            if i == end {
                jumps += 1;
                end = farthest;
            }
        }
        jumps
    }
}
