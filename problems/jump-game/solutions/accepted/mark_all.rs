impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // Marks every cell reachable from every reachable cell: O(n^2), about 5 * 10^7 steps at
        // n = 10^4, which is fast enough.
        let n = nums.len();
        let mut reachable = vec![false; n];
        reachable[0] = true;
        for i in 0..n {
            if reachable[i] {
                let end = n.min(i + nums[i] as usize + 1);
                for j in i + 1..end {
                    reachable[j] = true;
                }
            }
        }
        reachable[n - 1]
    }
}
