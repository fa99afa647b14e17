use std::collections::HashMap;

struct CronScheduler {
    jobs: HashMap<i32, [Vec<bool>; 5]>,
}

fn parse_field(text: &str, lo: usize, hi: usize) -> Vec<bool> {
    let mut on = vec![false; hi + 1];
    for item in text.split(',') {
        if item == "*" {
            (lo..=hi).for_each(|v| on[v] = true);
        } else if let Some(step) = item.strip_prefix("*/") {
            (lo..=hi).step_by(step.parse().unwrap()).for_each(|v| on[v] = true);
        } else if let Some((a, b)) = item.split_once('-') {
            (a.parse::<usize>().unwrap()..=b.parse().unwrap()).for_each(|v| on[v] = true);
        } else {
            on[item.parse::<usize>().unwrap()] = true;
        }
    }
    on
}

fn matches(f: &[Vec<bool>; 5], t: i64) -> bool {
    let d = t / 1440;
    f[0][(t % 60) as usize]
        && f[1][(t / 60 % 24) as usize]
        && f[2][(d % 30 + 1) as usize]
        && f[3][(d / 30 % 12 + 1) as usize]
        && f[4][((d + 4) % 7) as usize]
}

// Tries every minute after `after`, one by one.
fn next(f: &[Vec<bool>; 5], after: i64) -> i64 {
    let mut t = after + 1;
    while !matches(f, t) {
        t += 1;
    }
    t
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
        let f: Vec<&str> = expression.split(' ').collect();
        self.jobs.insert(job_id, [parse_field(f[0], 0, 59), parse_field(f[1], 0, 23), parse_field(f[2], 1, 30), parse_field(f[3], 1, 12), parse_field(f[4], 0, 6)]);
        true
    }

    fn remove_job(&mut self, job_id: i32) -> bool {
        self.jobs.remove(&job_id).is_some()
    }

    fn next_run(&self, job_id: i32, after: i64) -> i64 {
        self.jobs.get(&job_id).map_or(-1, |f| next(f, after))
    }

    fn next_runs(&self, after: i64, k: i32) -> Vec<Vec<i64>> {
        let mut runs: Vec<(i64, i32)> = Vec::new();
        for (&id, f) in &self.jobs {
            let mut t = after;
            for _ in 0..k {
                t = next(f, t);
                runs.push((t, id));
            }
        }
        runs.sort_unstable();
        runs.into_iter().take(k as usize).map(|(t, id)| vec![t, id as i64]).collect()
    }
}
