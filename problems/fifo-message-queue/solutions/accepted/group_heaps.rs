use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};

const DEDUP_WINDOW: i64 = 300;

struct Msg {
    group: String,
    body: String,
    receipt: u32, // latest receipt number, 0 before the first delivery
    until: i64,   // in flight until this time (exclusive)
}

struct FifoQueue {
    timeout: i64,
    seq: i32,
    receipts: u32,
    dedup: HashMap<String, i64>,
    groups: HashMap<String, VecDeque<i32>>,
    msgs: HashMap<i32, Msg>,
    receipt_seq: HashMap<u32, i32>,
    ready: BinaryHeap<Reverse<(i32, String)>>,    // heads of groups free to receive
    flight: BinaryHeap<Reverse<(i64, i32, u32)>>, // (until, seq, receipt)
}

impl FifoQueue {
    fn new(visibility_timeout: i32) -> Self {
        FifoQueue {
            timeout: visibility_timeout as i64,
            seq: 0,
            receipts: 0,
            dedup: HashMap::new(),
            groups: HashMap::new(),
            msgs: HashMap::new(),
            receipt_seq: HashMap::new(),
            ready: BinaryHeap::new(),
            flight: BinaryHeap::new(),
        }
    }

    fn send(&mut self, group_id: String, dedup_id: String, body: String, time: i32) -> i32 {
        let t = time as i64;
        if let Some(&s) = self.dedup.get(&dedup_id) {
            if t < s + DEDUP_WINDOW {
                return -1;
            }
        }
        self.dedup.insert(dedup_id, t);
        self.seq += 1;
        let group = self.groups.entry(group_id.clone()).or_default();
        group.push_back(self.seq);
        if group.len() == 1 {
            self.ready.push(Reverse((self.seq, group_id.clone())));
        }
        self.msgs.insert(self.seq, Msg { group: group_id, body, receipt: 0, until: 0 });
        self.seq
    }

    fn receive(&mut self, time: i32) -> Vec<String> {
        let t = time as i64;
        while let Some(&Reverse((until, seq, receipt))) = self.flight.peek() {
            if until > t {
                break;
            }
            self.flight.pop();
            if let Some(m) = self.msgs.get(&seq) {
                if m.receipt == receipt {
                    self.ready.push(Reverse((seq, m.group.clone())));
                }
            }
        }
        while let Some(Reverse((seq, group))) = self.ready.pop() {
            let head = self.groups.get(&group).and_then(|g| g.front().copied());
            let m = match self.msgs.get_mut(&seq) {
                Some(m) if head == Some(seq) && !(m.receipt > 0 && m.until > t) => m,
                _ => continue, // stale entry
            };
            self.receipts += 1;
            m.receipt = self.receipts;
            m.until = t + self.timeout;
            self.flight.push(Reverse((m.until, seq, m.receipt)));
            self.receipt_seq.insert(self.receipts, seq);
            return vec![format!("r{}", self.receipts), group, m.body.clone()];
        }
        Vec::new()
    }

    fn delete(&mut self, receipt_handle: String, time: i32) -> bool {
        let receipt: u32 = match receipt_handle.strip_prefix('r').and_then(|s| s.parse().ok()) {
            Some(r) => r,
            None => return false,
        };
        let seq = match self.receipt_seq.get(&receipt) {
            Some(&s) => s,
            None => return false,
        };
        match self.msgs.get(&seq) {
            Some(m) if m.receipt == receipt && (time as i64) < m.until => {}
            _ => return false,
        }
        let m = self.msgs.remove(&seq).unwrap();
        let group = self.groups.get_mut(&m.group).unwrap();
        group.pop_front();
        if let Some(&next) = group.front() {
            self.ready.push(Reverse((next, m.group)));
        }
        true
    }
}
