use std::collections::HashMap;

struct TimeMap {
    // key -> (timestamp, value) in increasing time order.
    history: HashMap<String, Vec<(i32, String)>>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl TimeMap {

    fn new() -> Self {
        TimeMap { history: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.history.entry(key).or_default().push((timestamp, value));
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.history.get(&key) {
            None => String::new(),
            Some(entries) => {
                // Number of sets at or before `timestamp`; the last of them holds the answer.
                let i = entries.partition_point(|(t, _)| *t <= timestamp);
                if i == 0 { String::new() } else { entries[i - 1].1.clone() }
            }
        }
    }
}

/**
 * Your TimeMap object will be instantiated and called as such:
 * let obj = TimeMap::new();
 * obj.set(key, value, timestamp);
 * let ret_2: String = obj.get(key, timestamp);
 */
