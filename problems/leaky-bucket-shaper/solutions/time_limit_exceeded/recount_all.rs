struct LeakyBucketShaper {
    capacity: usize,
    rate: i64,
    accepted: Vec<(i64, i64)>, // (arrival, departure) of every accepted request
}

impl LeakyBucketShaper {
    fn new(capacity: i32, rate: i32) -> Self {
        LeakyBucketShaper { capacity: capacity as usize, rate: rate as i64, accepted: Vec::new() }
    }

    // Too slow: recounts every request ever accepted.
    fn count(&self, t: i64) -> usize {
        self.accepted.iter().filter(|&&(a, d)| a <= t && t <= d).count()
    }

    fn arrive(&mut self, time: i32) -> i32 {
        let t = time as i64;
        let n = self.count(t);
        if n >= self.capacity {
            return -1;
        }
        let departure = t + n as i64 / self.rate;
        self.accepted.push((t, departure));
        departure as i32
    }

    fn pending(&mut self, time: i32) -> i32 {
        self.count(time as i64) as i32
    }
}
