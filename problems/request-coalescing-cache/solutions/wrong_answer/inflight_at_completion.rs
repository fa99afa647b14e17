use std::collections::{HashMap, VecDeque};

struct CoalescingCache {
    latency: i64,
    ttl: i64,
    entries: HashMap<String, (i64, bool)>, // key -> (completion time of its latest fetch, invalidated)
    pending: VecDeque<i64>,                // completion times, in start order = completion order
    fetches: i32,
    coalesced: i32,
    hits: i32,
}

impl CoalescingCache {
    fn new(latency: i32, ttl: i32) -> Self {
        CoalescingCache {
            latency: latency as i64,
            ttl: ttl as i64,
            entries: HashMap::new(),
            pending: VecDeque::new(),
            fetches: 0,
            coalesced: 0,
            hits: 0,
        }
    }

    fn get(&mut self, key: String, time: i32) -> i64 {
        let t = time as i64;
        if let Some(&(c, dropped)) = self.entries.get(&key) {
            // Bug: a fetch is treated as still running at the very time it completes.
            if t <= c {
                self.coalesced += 1;
                return c;
            }
            if t < c + self.ttl && !dropped {
                self.hits += 1;
                return t;
            }
        }
        self.fetches += 1;
        let c = t + self.latency;
        self.entries.insert(key, (c, false));
        self.pending.push_back(c);
        c
    }

    fn invalidate(&mut self, key: String, time: i32) -> bool {
        let t = time as i64;
        match self.entries.get_mut(&key) {
            Some((c, dropped)) if *c <= t && t < *c + self.ttl && !*dropped => {
                *dropped = true;
                true
            }
            _ => false,
        }
    }

    fn in_flight(&mut self, time: i32) -> i32 {
        while self.pending.front().map_or(false, |&c| c <= time as i64) {
            self.pending.pop_front();
        }
        self.pending.len() as i32
    }

    fn stats(&self) -> Vec<i32> {
        vec![self.fetches, self.coalesced, self.hits]
    }
}
