struct HitCounter {
    // 300 buckets indexed by timestamp % 300: the second each bucket belongs to and its count.
    seconds: Vec<i32>,
    counts: Vec<i32>,
}

impl HitCounter {
    fn new() -> Self {
        HitCounter { seconds: vec![0; 300], counts: vec![0; 300] }
    }

    fn hit(&mut self, timestamp: i32) {
        let b = (timestamp % 300) as usize;
        if self.seconds[b] != timestamp {
            self.seconds[b] = timestamp;
            self.counts[b] = 0;
        }
        self.counts[b] += 1;
    }

    fn get_hits(&self, timestamp: i32) -> i32 {
        (0..300)
            .filter(|&b| timestamp - self.seconds[b] < 300)
            .map(|b| self.counts[b])
            .sum()
    }
}
