struct RetryBudget {
    window: i64,
    percent: i64,
    min_per_second: i64,
    events: Vec<(i64, usize)>, // (time, kind) of every event: 0 request, 1 allowed retry, 2 rejected
}

impl RetryBudget {
    fn new(window: i32, percent: i32, min_per_second: i32) -> Self {
        RetryBudget { window: window as i64, percent: percent as i64, min_per_second: min_per_second as i64, events: Vec::new() }
    }

    // Too slow: recounts every event ever recorded.
    fn tally(&self, t: i64) -> [i64; 3] {
        let mut c = [0i64; 3];
        for &(e, kind) in &self.events {
            if t - self.window < e && e <= t {
                c[kind] += 1;
            }
        }
        c
    }

    fn request(&mut self, time: i32) {
        self.events.push((time as i64, 0));
    }

    fn retry(&mut self, time: i32) -> bool {
        let t = time as i64;
        let c = self.tally(t);
        let ok = (c[1] + 1) * 100 <= self.percent * c[0] + 100 * self.min_per_second * self.window;
        self.events.push((t, if ok { 1 } else { 2 }));
        ok
    }

    fn counts(&mut self, time: i32) -> Vec<i32> {
        self.tally(time as i64).iter().map(|&x| x as i32).collect()
    }
}
