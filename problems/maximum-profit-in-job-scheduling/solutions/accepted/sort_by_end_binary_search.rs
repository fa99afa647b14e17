impl Solution {
    pub fn job_scheduling(start_time: Vec<i32>, end_time: Vec<i32>, profit: Vec<i32>) -> i32 {
        // Jobs by end time; best[k]: most profit using the first k jobs.
        let mut jobs: Vec<(i32, i32, i32)> = (0..profit.len())
            .map(|i| (end_time[i], start_time[i], profit[i]))
            .collect();
        jobs.sort_unstable();
        let mut best = vec![0i32; jobs.len() + 1];
        for k in 0..jobs.len() {
            let (_, s, p) = jobs[k];
            // number of jobs among the first k that end by time s
            let before = jobs[..k].partition_point(|j| j.0 <= s);
            best[k + 1] = best[k].max(best[before] + p);
        }
        best[jobs.len()]
    }
}
