impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        // Longest chain of compatible intervals by DP over all earlier intervals: O(n^2).
        intervals.sort();
        let n = intervals.len();
        let mut chain = vec![1; n];
        for i in 0..n {
            for j in 0..i {
                if intervals[j][1] <= intervals[i][0] && chain[j] + 1 > chain[i] {
                    chain[i] = chain[j] + 1;
                }
            }
        }
        (n as i32) - *chain.iter().max().unwrap()
    }
}
