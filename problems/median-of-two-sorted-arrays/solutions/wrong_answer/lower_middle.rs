impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        // Bug: for an even count, returns the lower of the two middle values.
        let mut all = nums1;
        all.extend(nums2);
        all.sort();
        all[(all.len() - 1) / 2] as f64
    }
}
