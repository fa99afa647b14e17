impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort_unstable();
        let n = nums.len();
        let mut res = Vec::new();
        for i in 0..n.saturating_sub(2) {
            let a = nums[i];
            if a > 0 {
                break;
            }
            if i > 0 && a == nums[i - 1] {
                continue;
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let s = a + nums[lo] + nums[hi];
                if s < 0 {
                    lo += 1;
                } else if s > 0 {
                    hi -= 1;
                } else {
                    res.push(vec![a, nums[lo], nums[hi]]);
                    lo += 1;
                    hi -= 1;
                    while lo < hi && nums[lo] == nums[lo - 1] {
                        lo += 1;
                    }
                    while lo < hi && nums[hi] == nums[hi + 1] {
                        hi -= 1;
                    }
                }
            }
        }
        res
    }
}
