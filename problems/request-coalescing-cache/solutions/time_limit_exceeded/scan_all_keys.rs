use std::collections::HashMap;

struct CoalescingCache {
    latency: i64,
    ttl: i64,
    entries: HashMap<String, (i64, bool)>,
    counts: [i32; 3],
}

impl CoalescingCache {
    fn new(latency: i32, ttl: i32) -> Self {
        CoalescingCache { latency: latency as i64, ttl: ttl as i64, entries: HashMap::new(), counts: [0; 3] }
    }

    fn get(&mut self, key: String, time: i32) -> i64 {
        let t = time as i64;
        if let Some(&(c, dropped)) = self.entries.get(&key) {
            if t < c {
                self.counts[1] += 1;
                return c;
            }
            if t < c + self.ttl && !dropped {
                self.counts[2] += 1;
                return t;
            }
        }
        self.counts[0] += 1;
        self.entries.insert(key, (t + self.latency, false));
        t + self.latency
    }

    fn invalidate(&mut self, key: String, time: i32) -> bool {
        let t = time as i64;
        match self.entries.get_mut(&key) {
            Some((c, d)) if *c <= t && t < *c + self.ttl && !*d => {
                *d = true;
                true
            }
            _ => false,
        }
    }

    fn in_flight(&mut self, time: i32) -> i32 {
        // Looks at every key ever fetched.
        self.entries.values().filter(|&&(c, _)| c > time as i64).count() as i32
    }

    fn stats(&self) -> Vec<i32> {
        self.counts.to_vec()
    }
}
