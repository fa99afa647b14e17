use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap, VecDeque};

struct HeavyHitters {
    window: i64,
    events: VecDeque<(i64, String)>,         // events still in the window, oldest first
    count: HashMap<String, i32>,             // key -> number of its events in the window
    ranking: BTreeSet<(Reverse<i32>, String)>, // most frequent first, then by key
}

impl HeavyHitters {
    fn new(window: i32) -> Self {
        HeavyHitters { window: window as i64, events: VecDeque::new(), count: HashMap::new(), ranking: BTreeSet::new() }
    }

    fn bump(&mut self, key: String, delta: i32) {
        let c = self.count.get(&key).copied().unwrap_or(0);
        if c > 0 {
            self.ranking.remove(&(Reverse(c), key.clone()));
        }
        let c = c + delta;
        if c > 0 {
            self.count.insert(key.clone(), c);
            self.ranking.insert((Reverse(c), key));
        } else {
            self.count.remove(&key);
        }
    }

    // The window is (time - window, time]: an event at time - window has just left it.
    fn expire(&mut self, time: i64) {
        while matches!(self.events.front(), Some((e, _)) if *e <= time - self.window) {
            let (_, key) = self.events.pop_front().unwrap();
            self.bump(key, -1);
        }
    }

    fn record(&mut self, key: String, time: i32) {
        self.expire(time as i64);
        self.events.push_back((time as i64, key.clone()));
        self.bump(key, 1);
    }

    fn top(&mut self, k: i32, time: i32) -> Vec<String> {
        self.expire(time as i64);
        self.ranking.iter().take(k as usize).map(|(_, key)| key.clone()).collect()
    }
}
