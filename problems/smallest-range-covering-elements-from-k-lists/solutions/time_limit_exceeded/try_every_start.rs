impl Solution {
    // Every value as the left end; each list's first value >= it by binary search.
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let mut starts: Vec<i32> = nums.iter().flatten().copied().collect();
        starts.sort();
        starts.dedup();
        let mut best: Option<(i32, i32)> = None;
        'outer: for lo in starts {
            let mut hi = lo;
            for row in &nums {
                let j = row.partition_point(|&x| x < lo);
                if j == row.len() {
                    break 'outer;
                }
                hi = hi.max(row[j]);
            }
            if best.map_or(true, |(a, b)| hi - lo < b - a) {
                best = Some((lo, hi));
            }
        }
        let (a, b) = best.unwrap();
        vec![a, b]
    }
}
