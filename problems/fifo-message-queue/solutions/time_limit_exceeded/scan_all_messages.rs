use std::collections::{BTreeMap, HashMap, HashSet};

struct FifoQueue {
    timeout: i64,
    seq: i32,
    receipts: u32,
    dedup: HashMap<String, i64>,
    msgs: BTreeMap<i32, (String, String, u32, i64)>, // seq -> (group, body, receipt, until)
}

impl FifoQueue {
    fn new(visibility_timeout: i32) -> Self {
        FifoQueue { timeout: visibility_timeout as i64, seq: 0, receipts: 0, dedup: HashMap::new(), msgs: BTreeMap::new() }
    }

    fn send(&mut self, group_id: String, dedup_id: String, body: String, time: i32) -> i32 {
        let t = time as i64;
        if let Some(&s) = self.dedup.get(&dedup_id) {
            if t < s + 300 {
                return -1;
            }
        }
        self.dedup.insert(dedup_id, t);
        self.seq += 1;
        self.msgs.insert(self.seq, (group_id, body, 0, 0));
        self.seq
    }

    // Too slow: walks every message in the queue on each receive.
    fn receive(&mut self, time: i32) -> Vec<String> {
        let t = time as i64;
        let mut seen: HashSet<String> = HashSet::new();
        for (_, m) in self.msgs.iter_mut() {
            if !seen.insert(m.0.clone()) {
                continue;
            }
            if m.2 == 0 || m.3 <= t {
                self.receipts += 1;
                m.2 = self.receipts;
                m.3 = t + self.timeout;
                return vec![format!("r{}", self.receipts), m.0.clone(), m.1.clone()];
            }
        }
        Vec::new()
    }

    fn delete(&mut self, receipt_handle: String, time: i32) -> bool {
        let receipt: u32 = receipt_handle[1..].parse().unwrap();
        let found = self.msgs.iter().find(|(_, m)| m.2 == receipt).map(|(&s, m)| (s, m.3));
        match found {
            Some((seq, until)) if (time as i64) < until => {
                self.msgs.remove(&seq);
                true
            }
            _ => false,
        }
    }
}
