impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        // Elements with a plus sign must add up to (total + target) / 2: count such subsets.
        let total: i32 = nums.iter().sum();
        if target.abs() > total || (total + target) % 2 != 0 {
            return 0;
        }
        let goal = ((total + target) / 2) as usize;
        let mut ways = vec![0; goal + 1];
        ways[0] = 1;
        for &x in &nums {
            let x = x as usize;
            for s in (x..=goal).rev() {
                ways[s] += ways[s - x];
            }
        }
        ways[goal]
    }
}
