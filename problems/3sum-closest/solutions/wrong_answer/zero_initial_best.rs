impl Solution {
    pub fn three_sum_closest(nums: Vec<i32>, target: i32) -> i32 {
        // Bug: starts from best = 0, a sum that may not exist; when every real sum is further
        // from the target than 0 is, 0 is returned.
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut best = 0;
        for i in 0..n - 2 {
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let s = a[i] + a[lo] + a[hi];
                if (s - target).abs() < (best - target).abs() {
                    best = s;
                }
                if s < target {
                    lo += 1;
                } else if s > target {
                    hi -= 1;
                } else {
                    return s;
                }
            }
        }
        best
    }
}
