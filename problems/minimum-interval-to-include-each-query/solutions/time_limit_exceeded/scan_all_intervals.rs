impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        // Checks every interval for every query: O(n * q).
        queries
            .iter()
            .map(|&q| {
                let mut best = -1;
                for iv in &intervals {
                    if iv[0] <= q && q <= iv[1] {
                        let size = iv[1] - iv[0] + 1;
                        if best == -1 || size < best {
                            best = size;
                        }
                    }
                }
                best
            })
            .collect()
    }
}
