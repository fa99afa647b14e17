use std::collections::HashMap;

struct IdempotencyStore {
    records: HashMap<String, (String, i64, Option<String>)>, // key -> (hash, created, response)
}

impl IdempotencyStore {
    fn new() -> Self {
        IdempotencyStore { records: HashMap::new() }
    }

    fn live(&mut self, key: &str, now: i64) -> Option<&mut (String, i64, Option<String>)> {
        self.records.get_mut(key).filter(|r| now < r.1 + 86_400)
    }

    fn process(&mut self, key: String, request_hash: String, timestamp: i32) -> String {
        let now = timestamp as i64;
        match self.live(&key, now) {
            None => {
                self.records.insert(key, (request_hash, now, None));
                "PROCESS".to_string()
            }
            Some(r) if r.0 != request_hash => "CONFLICT".to_string(),
            Some(r) => r.2.clone().unwrap_or_else(|| "IN_PROGRESS".to_string()),
        }
    }

    fn complete(&mut self, key: String, response: String, timestamp: i32) -> bool {
        match self.live(&key, timestamp as i64) {
            Some(r) if r.2.is_none() => {
                r.2 = Some(response);
                true
            }
            _ => false,
        }
    }

    fn release(&mut self, key: String, timestamp: i32) -> bool {
        let pending = matches!(self.live(&key, timestamp as i64), Some(r) if r.2.is_none());
        if pending {
            self.records.remove(&key);
        }
        pending
    }

    fn count_in_progress(&self, timestamp: i32) -> i32 {
        let now = timestamp as i64;
        self.records.values().filter(|r| r.2.is_none() && now < r.1 + 86_400).count() as i32
    }
}
