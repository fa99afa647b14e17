use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// Accounts with balances, outgoing totals and a balance history; scheduled payments in a
/// min-heap by (due time, number).
struct Bank {
    balance: HashMap<String, i64>,
    outgoing: HashMap<String, i64>,
    /// Per account id: (time, balance), `None` while no account has the id.
    history: HashMap<String, Vec<(i32, Option<i64>)>>,
    payments: BinaryHeap<Reverse<(i64, u32, i64)>>,
    /// "paymentN" -> owner, while the payment is pending.
    pending: HashMap<u32, String>,
    count: u32,
}

impl Bank {
    fn new() -> Self {
        Bank {
            balance: HashMap::new(),
            outgoing: HashMap::new(),
            history: HashMap::new(),
            payments: BinaryHeap::new(),
            pending: HashMap::new(),
            count: 0,
        }
    }

    fn record(&mut self, t: i32, account: &str) {
        let now = self.balance.get(account).copied();
        self.history.entry(account.to_string()).or_default().push((t, now));
    }

    fn due(&mut self, t: i32) {
        while let Some(&Reverse((due, number, amount))) = self.payments.peek() {
            if due > t as i64 {
                break;
            }
            self.payments.pop();
            let Some(account) = self.pending.remove(&number) else { continue };
            let balance = self.balance.get_mut(&account).unwrap();
            if *balance >= amount {
                *balance -= amount;
                *self.outgoing.get_mut(&account).unwrap() += amount;
                self.record(due as i32, &account);
            }
        }
    }

    fn create_account(&mut self, timestamp: i32, account_id: String) -> bool {
        self.due(timestamp);
        if self.balance.contains_key(&account_id) {
            return false;
        }
        self.balance.insert(account_id.clone(), 0);
        self.outgoing.insert(account_id.clone(), 0);
        self.record(timestamp, &account_id);
        true
    }

    fn deposit(&mut self, timestamp: i32, account_id: String, amount: i32) -> Option<i64> {
        self.due(timestamp);
        let b = self.balance.get_mut(&account_id)?;
        *b += amount as i64;
        let now = *b;
        self.record(timestamp, &account_id);
        Some(now)
    }

    fn transfer(&mut self, timestamp: i32, source_id: String, target_id: String, amount: i32) -> Option<i64> {
        self.due(timestamp);
        let amount = amount as i64;
        if source_id == target_id || !self.balance.contains_key(&target_id) {
            return None;
        }
        let source = self.balance.get_mut(&source_id)?;
        if *source < amount {
            return None;
        }
        *source -= amount;
        let left = *source;
        *self.balance.get_mut(&target_id).unwrap() += amount;
        *self.outgoing.get_mut(&source_id).unwrap() += amount;
        self.record(timestamp, &source_id);
        self.record(timestamp, &target_id);
        Some(left)
    }

    fn top_spenders(&mut self, timestamp: i32, n: i32) -> Vec<String> {
        self.due(timestamp);
        let mut ranked: Vec<(&String, &i64)> = self.outgoing.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        ranked
            .into_iter()
            .take(n as usize)
            .map(|(id, total)| format!("{}({})", id, total))
            .collect()
    }

    fn schedule_payment(&mut self, timestamp: i32, account_id: String, amount: i32, delay: i32) -> Option<String> {
        self.due(timestamp);
        if !self.balance.contains_key(&account_id) {
            return None;
        }
        self.count += 1;
        self.pending.insert(self.count, account_id);
        self.payments
            .push(Reverse((timestamp as i64 + delay as i64, self.count, amount as i64)));
        Some(format!("payment{}", self.count))
    }

    fn cancel_payment(&mut self, timestamp: i32, account_id: String, payment_id: String) -> bool {
        self.due(timestamp);
        let Some(number) = payment_id.strip_prefix("payment").and_then(|n| n.parse::<u32>().ok()) else {
            return false;
        };
        if self.pending.get(&number) != Some(&account_id) {
            return false;
        }
        self.pending.remove(&number);
        true
    }

    fn merge_accounts(&mut self, timestamp: i32, account_id1: String, account_id2: String) -> bool {
        self.due(timestamp);
        if account_id1 == account_id2
            || !self.balance.contains_key(&account_id1)
            || !self.balance.contains_key(&account_id2)
        {
            return false;
        }
        let b = self.balance.remove(&account_id2).unwrap();
        let o = self.outgoing.remove(&account_id2).unwrap();
        *self.balance.get_mut(&account_id1).unwrap() += b;
        *self.outgoing.get_mut(&account_id1).unwrap() += o;
        for owner in self.pending.values_mut() {
            if *owner == account_id2 {
                *owner = account_id1.clone();
            }
        }
        self.record(timestamp, &account_id1);
        self.record(timestamp, &account_id2);
        true
    }

    fn get_balance(&mut self, timestamp: i32, account_id: String, time_at: i32) -> Option<i64> {
        self.due(timestamp);
        let h = self.history.get(&account_id)?;
        let i = h.partition_point(|&(t, _)| t <= time_at);
        if i == 0 {
            None
        } else {
            h[i - 1].1
        }
    }
}
