use std::collections::VecDeque;

struct RetryBudget {
    window: i32,
    percent: i32,
    min_per_second: i32,
    requests: VecDeque<i32>,
    retries: VecDeque<i32>,
    rejected: VecDeque<i32>,
}

impl RetryBudget {
    fn new(window: i32, percent: i32, min_per_second: i32) -> Self {
        RetryBudget { window, percent, min_per_second, requests: VecDeque::new(), retries: VecDeque::new(), rejected: VecDeque::new() }
    }

    fn expire(&mut self, time: i32) {
        let cutoff = time - self.window;
        for q in [&mut self.requests, &mut self.retries, &mut self.rejected] {
            while matches!(q.front(), Some(&e) if e <= cutoff) {
                q.pop_front();
            }
        }
    }

    fn request(&mut self, time: i32) {
        self.expire(time);
        self.requests.push_back(time);
    }

    fn retry(&mut self, time: i32) -> bool {
        self.expire(time);
        // Bug: 32-bit arithmetic; 100 * minPerSecond * window can exceed i32 and wrap around.
        let budget = self.percent * self.requests.len() as i32 + 100 * self.min_per_second * self.window;
        let allowed = (self.retries.len() as i32 + 1) * 100 <= budget;
        if allowed {
            self.retries.push_back(time);
        } else {
            self.rejected.push_back(time);
        }
        allowed
    }

    fn counts(&mut self, time: i32) -> Vec<i32> {
        self.expire(time);
        vec![self.requests.len() as i32, self.retries.len() as i32, self.rejected.len() as i32]
    }
}
