impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        // Sort, then a repeated value sits next to itself. O(n log n).
        let mut s = nums;
        s.sort_unstable();
        s.windows(2).any(|w| w[0] == w[1])
    }
}
