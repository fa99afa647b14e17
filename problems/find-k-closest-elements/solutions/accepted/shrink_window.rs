impl Solution {
    pub fn find_closest_elements(arr: Vec<i32>, k: i32, x: i32) -> Vec<i32> {
        // Drop the worse end until k entries remain; on a tie drop the right (larger) one.
        let (mut lo, mut hi) = (0usize, arr.len() - 1);
        while hi - lo + 1 > k as usize {
            if (arr[lo] - x).abs() > (arr[hi] - x).abs() {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        arr[lo..=hi].to_vec()
    }
}
