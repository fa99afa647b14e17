impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        // Sweep over sorted starts and ends; at equal times an end is handled first.
        let mut starts: Vec<i32> = intervals.iter().map(|iv| iv[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|iv| iv[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let (mut in_use, mut best, mut j) = (0, 0, 0);
        for &s in &starts {
            while ends[j] <= s {
                in_use -= 1;
                j += 1;
            }
            in_use += 1;
            best = best.max(in_use);
        }
        best
    }
}
