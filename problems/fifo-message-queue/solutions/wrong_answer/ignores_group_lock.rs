use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

// Bug: behaves like a plain queue with a visibility timeout: it delivers the oldest visible message
// even when an older message of the same group is in flight, so groups lose their order.
struct Msg {
    group: String,
    body: String,
    receipt: u32,
    until: i64,
}

struct FifoQueue {
    timeout: i64,
    seq: i32,
    receipts: u32,
    dedup: HashMap<String, i64>,
    msgs: HashMap<i32, Msg>,
    receipt_seq: HashMap<u32, i32>,
    ready: BinaryHeap<Reverse<i32>>,
    flight: BinaryHeap<Reverse<(i64, i32, u32)>>,
}

impl FifoQueue {
    fn new(visibility_timeout: i32) -> Self {
        FifoQueue {
            timeout: visibility_timeout as i64,
            seq: 0,
            receipts: 0,
            dedup: HashMap::new(),
            msgs: HashMap::new(),
            receipt_seq: HashMap::new(),
            ready: BinaryHeap::new(),
            flight: BinaryHeap::new(),
        }
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
        self.ready.push(Reverse(self.seq));
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
            if self.msgs.get(&seq).map_or(false, |m| m.receipt == receipt) {
                self.ready.push(Reverse(seq));
            }
        }
        while let Some(Reverse(seq)) = self.ready.pop() {
            if let Some(m) = self.msgs.get_mut(&seq) {
                self.receipts += 1;
                m.receipt = self.receipts;
                m.until = t + self.timeout;
                self.flight.push(Reverse((m.until, seq, m.receipt)));
                self.receipt_seq.insert(self.receipts, seq);
                return vec![format!("r{}", self.receipts), m.group.clone(), m.body.clone()];
            }
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
        let ok = self.msgs.get(&seq).map_or(false, |m| m.receipt == receipt && (time as i64) < m.until);
        if ok {
            self.msgs.remove(&seq);
        }
        ok
    }
}
