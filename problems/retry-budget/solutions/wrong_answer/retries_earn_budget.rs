use std::collections::VecDeque;

struct RetryBudget {
    window: i64,
    percent: i64,
    reserve: i64,                // the minimum, in hundredths of a retry
    requests: VecDeque<i64>,     // times of requests in the window, oldest first
    retries: VecDeque<i64>,      // times of allowed retries in the window
    rejected: VecDeque<i64>,     // times of rejected retries in the window
}

impl RetryBudget {
    fn new(window: i32, percent: i32, min_per_second: i32) -> Self {
        RetryBudget {
            window: window as i64,
            percent: percent as i64,
            reserve: 100 * min_per_second as i64 * window as i64,
            requests: VecDeque::new(),
            retries: VecDeque::new(),
            rejected: VecDeque::new(),
        }
    }

    // The window is (time - window, time]: events at time - window or earlier have left.
    fn expire(&mut self, time: i64) {
        let cutoff = time - self.window;
        for q in [&mut self.requests, &mut self.retries, &mut self.rejected] {
            while matches!(q.front(), Some(&e) if e <= cutoff) {
                q.pop_front();
            }
        }
    }

    fn request(&mut self, time: i32) {
        self.expire(time as i64);
        self.requests.push_back(time as i64);
    }

    fn retry(&mut self, time: i32) -> bool {
        self.expire(time as i64);
        let allowed = (self.retries.len() as i64 + 1) * 100 <= self.percent * self.requests.len() as i64 + self.reserve;
        if allowed {
            self.retries.push_back(time as i64);
            // Bug: an allowed retry is also counted as a request, so retries earn more budget.
            self.requests.push_back(time as i64);
        } else {
            self.rejected.push_back(time as i64);
        }
        allowed
    }

    fn counts(&mut self, time: i32) -> Vec<i32> {
        self.expire(time as i64);
        vec![(self.requests.len() - self.retries.len()) as i32, self.retries.len() as i32, self.rejected.len() as i32]
    }
}
