use std::collections::{HashMap, VecDeque};

const TTL: i64 = 86_400; // 24 hours in seconds

struct Record {
    hash: String,
    created: i64,
    response: Option<String>,
}

struct IdempotencyStore {
    records: HashMap<String, Record>,
    expiry: VecDeque<(i64, String)>, // (created + TTL, key) in creation order
    in_progress: i32,
}

impl IdempotencyStore {
    fn new() -> Self {
        IdempotencyStore { records: HashMap::new(), expiry: VecDeque::new(), in_progress: 0 }
    }

    fn expire(&mut self, now: i64) {
        // Records are created at non-decreasing times, so they expire in creation order.
        while let Some((at, _)) = self.expiry.front() {
            if *at > now {
                break;
            }
            let (at, key) = self.expiry.pop_front().unwrap();
            let current = self.records.get(&key).map_or(false, |r| r.created + TTL == at);
            if current {
                let rec = self.records.remove(&key).unwrap();
                if rec.response.is_none() {
                    self.in_progress -= 1;
                }
            }
        }
    }

    fn process(&mut self, key: String, request_hash: String, timestamp: i32) -> String {
        let now = timestamp as i64;
        self.expire(now);
        match self.records.get(&key) {
            None => {
                self.expiry.push_back((now + TTL, key.clone()));
                self.records.insert(key, Record { hash: request_hash, created: now, response: None });
                self.in_progress += 1;
                "PROCESS".to_string()
            }
            Some(rec) if rec.hash != request_hash => "CONFLICT".to_string(),
            Some(rec) => rec.response.clone().unwrap_or_else(|| "IN_PROGRESS".to_string()),
        }
    }

    fn complete(&mut self, key: String, response: String, timestamp: i32) -> bool {
        self.expire(timestamp as i64);
        match self.records.get_mut(&key) {
            Some(rec) if rec.response.is_none() => {
                rec.response = Some(response);
                // The 24 hours are counted again from the completion.
                rec.created = timestamp as i64;
                self.expiry.push_back((rec.created + TTL, key));
                self.in_progress -= 1;
                true
            }
            _ => false,
        }
    }

    fn release(&mut self, key: String, timestamp: i32) -> bool {
        self.expire(timestamp as i64);
        if self.records.get(&key).map_or(false, |r| r.response.is_none()) {
            self.records.remove(&key);
            self.in_progress -= 1;
            true
        } else {
            false
        }
    }

    fn count_in_progress(&mut self, timestamp: i32) -> i32 {
        self.expire(timestamp as i64);
        self.in_progress
    }
}
