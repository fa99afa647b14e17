use std::collections::HashMap;

struct HeavyHitters {
    window: i64,
    events: Vec<(i64, String)>, // every event
}

impl HeavyHitters {
    fn new(window: i32) -> Self {
        HeavyHitters { window: window as i64, events: Vec::new() }
    }

    fn record(&mut self, key: String, time: i32) {
        self.events.push((time as i64, key));
    }

    // Too slow: recounts every event in the window on each query.
    fn top(&mut self, k: i32, time: i32) -> Vec<String> {
        let t = time as i64;
        let mut count: HashMap<&str, i32> = HashMap::new();
        for (e, key) in &self.events {
            if t - self.window < *e && *e <= t {
                *count.entry(key.as_str()).or_insert(0) += 1;
            }
        }
        let mut ranked: Vec<(i32, &str)> = count.into_iter().map(|(key, c)| (-c, key)).collect();
        ranked.sort();
        ranked.into_iter().take(k as usize).map(|(_, key)| key.to_string()).collect()
    }
}
