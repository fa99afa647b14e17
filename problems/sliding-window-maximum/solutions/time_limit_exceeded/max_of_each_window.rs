impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // Recomputes the maximum of every window: O(n * k).
        let k = k as usize;
        nums.windows(k).map(|w| *w.iter().max().unwrap()).collect()
    }
}
