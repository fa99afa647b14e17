use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

const DAY: i64 = 1440;
const YEAR_DAYS: i64 = 360;

struct Job {
    times: Vec<i64>, // minutes of the day on which the job may run, sorted
    days: Vec<i64>,  // days of the year (0..360) on which it may run, sorted
    dows: [bool; 7],
}

fn parse_field(text: &str, lo: i64, hi: i64) -> Vec<bool> {
    let mut on = vec![false; (hi + 1) as usize];
    for item in text.split(',') {
        if item == "*" {
            (lo..=hi).for_each(|v| on[v as usize] = true);
        } else if let Some(step) = item.strip_prefix("*/") {
            let s: usize = step.parse().unwrap();
            (lo..=hi).step_by(s).for_each(|v| on[v as usize] = true);
        } else if let Some((a, b)) = item.split_once('-') {
            let (a, b): (i64, i64) = (a.parse().unwrap(), b.parse().unwrap());
            (a..=b).for_each(|v| on[v as usize] = true);
        } else {
            on[item.parse::<usize>().unwrap()] = true;
        }
    }
    on
}

impl Job {
    fn new(expression: &str) -> Job {
        let f: Vec<&str> = expression.split(' ').collect();
        let minutes = parse_field(f[0], 0, 59);
        let hours = parse_field(f[1], 0, 23);
        let doms = parse_field(f[2], 1, 30);
        let months = parse_field(f[3], 1, 12);
        let dow = parse_field(f[4], 0, 6);
        let mut times = Vec::new();
        for h in 0..24 {
            for m in 0..60 {
                if hours[h] && minutes[m] {
                    times.push((h * 60 + m) as i64);
                }
            }
        }
        let mut days = Vec::new();
        for mo in 1..=12 {
            for dm in 1..=30 {
                if months[mo] && doms[dm] {
                    days.push(((mo - 1) * 30 + dm - 1) as i64);
                }
            }
        }
        let mut dows = [false; 7];
        for w in 0..7 {
            dows[w] = dow[w];
        }
        Job { times, days, dows }
    }

    fn day_ok(&self, d: i64) -> bool {
        self.days.binary_search(&(d % YEAR_DAYS)).is_ok() && self.dows[((d + 4) % 7) as usize]
    }

    fn next(&self, after: i64) -> i64 {
        let t = after + 1;
        let (d, m) = (t / DAY, t % DAY);
        let i = self.times.partition_point(|&x| x < m);
        if i < self.times.len() && self.day_ok(d) {
            return d * DAY + self.times[i];
        }
        let mut year = (d + 1) / YEAR_DAYS;
        let mut j = self.days.partition_point(|&x| x < (d + 1) % YEAR_DAYS);
        loop {
            if j == self.days.len() {
                year += 1;
                j = 0;
            }
            let day = year * YEAR_DAYS + self.days[j];
            if self.dows[((day + 4) % 7) as usize] {
                return day * DAY + self.times[0];
            }
            j += 1;
        }
    }
}

struct CronScheduler {
    jobs: HashMap<i32, Job>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl CronScheduler {

    fn new() -> Self {
        CronScheduler { jobs: HashMap::new() }
    }

    fn add_job(&mut self, job_id: i32, expression: String) -> bool {
        if self.jobs.contains_key(&job_id) {
            return false;
        }
        self.jobs.insert(job_id, Job::new(&expression));
        true
    }

    fn remove_job(&mut self, job_id: i32) -> bool {
        self.jobs.remove(&job_id).is_some()
    }

    fn next_run(&self, job_id: i32, after: i64) -> i64 {
        self.jobs.get(&job_id).map_or(-1, |job| job.next(after))
    }

    fn next_runs(&self, after: i64, k: i32) -> Vec<Vec<i64>> {
        let mut heap: BinaryHeap<Reverse<(i64, i32)>> =
            self.jobs.iter().map(|(&id, job)| Reverse((job.next(after), id))).collect();
        let mut out = Vec::new();
        while out.len() < k as usize {
            let Some(Reverse((t, id))) = heap.pop() else { break };
            out.push(vec![t, id as i64]);
            heap.push(Reverse((self.jobs[&id].next(t), id)));
        }
        out
    }
}

/**
 * Your CronScheduler object will be instantiated and called as such:
 * let obj = CronScheduler::new();
 * let ret_1: bool = obj.add_job(jobId, expression);
 * let ret_2: bool = obj.remove_job(jobId);
 * let ret_3: i64 = obj.next_run(jobId, after);
 * let ret_4: Vec<Vec<i64>> = obj.next_runs(after, k);
 */
