impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        // Bug: `hi = mid - 1` throws away the middle, which may be the minimum itself.
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid as usize] > nums[hi as usize] {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        nums[lo.max(0) as usize]
    }
}
