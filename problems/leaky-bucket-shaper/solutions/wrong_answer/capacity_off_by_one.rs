use std::collections::VecDeque;

struct LeakyBucketShaper {
    capacity: usize,
    rate: i64,
    departures: VecDeque<i64>, // departure ticks of the requests in the bucket, in order
}

impl LeakyBucketShaper {
    fn new(capacity: i32, rate: i32) -> Self {
        LeakyBucketShaper { capacity: capacity as usize, rate: rate as i64, departures: VecDeque::new() }
    }

    fn leak(&mut self, time: i64) -> usize {
        while matches!(self.departures.front(), Some(&d) if d < time) {
            self.departures.pop_front();
        }
        self.departures.len()
    }

    fn arrive(&mut self, time: i32) -> i32 {
        let t = time as i64;
        let n = self.leak(t);
        // Bug: lets one request too many in (drops only when the bucket is over capacity).
        if n > self.capacity {
            return -1;
        }
        // The n requests still inside fill the ticks from `time` on, `rate` per tick.
        let departure = t + n as i64 / self.rate;
        self.departures.push_back(departure);
        departure as i32
    }

    fn pending(&mut self, time: i32) -> i32 {
        self.leak(time as i64) as i32
    }
}
