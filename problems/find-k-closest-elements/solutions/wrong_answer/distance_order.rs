impl Solution {
    pub fn find_closest_elements(arr: Vec<i32>, k: i32, x: i32) -> Vec<i32> {
        // Bug: picks the right entries but returns them ordered by distance, not ascending.
        let mut v = arr;
        v.sort_by_key(|&a| ((a - x).abs(), a));
        v.truncate(k as usize);
        v
    }
}
