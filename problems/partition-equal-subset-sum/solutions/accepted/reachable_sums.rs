impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        // 0/1 knapsack on sums, iterating each value's sums downwards.
        let total: i32 = nums.iter().sum();
        if total % 2 == 1 {
            return false;
        }
        let target = (total / 2) as usize;
        let mut reach = vec![false; target + 1];
        reach[0] = true;
        for &x in &nums {
            let x = x as usize;
            for s in (x..=target).rev() {
                if reach[s - x] {
                    reach[s] = true;
                }
            }
        }
        reach[target]
    }
}
