impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // Sort the positions by value, then close in from both ends. O(n log n).
        let mut order: Vec<usize> = (0..nums.len()).collect();
        order.sort_by_key(|&i| nums[i]);
        let (mut lo, mut hi) = (0, order.len() - 1);
        while lo < hi {
            let s = nums[order[lo]] as i64 + nums[order[hi]] as i64;
            if s == target as i64 {
                let (a, b) = (order[lo].min(order[hi]), order[lo].max(order[hi]));
                return vec![a as i32, b as i32];
            }
            if s < target as i64 {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        vec![]
    }
}
