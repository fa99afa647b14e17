impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // After sorting by start, an interval overlaps the merged ones only through the last.
        let mut intervals = intervals;
        intervals.sort_unstable_by_key(|iv| iv[0]);
        let mut merged: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            if let Some(last) = merged.last_mut() {
                if iv[0] <= last[1] {
                    last[1] = last[1].max(iv[1]);
                    continue;
                }
            }
            merged.push(iv);
        }
        merged
    }
}
