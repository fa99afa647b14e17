impl Solution {
    pub fn job_scheduling(start_time: Vec<i32>, end_time: Vec<i32>, profit: Vec<i32>) -> i32 {
        // Take or skip each job in start order, without memoisation: exponential.
        let mut jobs: Vec<(i32, i32, i32)> = (0..profit.len())
            .map(|i| (start_time[i], end_time[i], profit[i]))
            .collect();
        jobs.sort_unstable();
        fn best(jobs: &[(i32, i32, i32)], i: usize) -> i32 {
            if i == jobs.len() {
                return 0;
            }
            let next = jobs.partition_point(|j| j.0 < jobs[i].1);
            best(jobs, i + 1).max(jobs[i].2 + best(jobs, next))
        }
        best(&jobs, 0)
    }
}
