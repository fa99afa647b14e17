use std::collections::HashMap;

struct TimeMap {
    history: HashMap<String, Vec<(i32, String)>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { history: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.history.entry(key).or_default().push((timestamp, value));
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        // Walks the key's history backwards: O(sets of the key) per get.
        if let Some(h) = self.history.get(&key) {
            for (t, v) in h.iter().rev() {
                if *t <= timestamp {
                    return v.clone();
                }
            }
        }
        String::new()
    }
}
