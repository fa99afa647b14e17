use std::collections::HashMap;

const WINDOW: i64 = 60;

struct Tenant {
    limit: i64,
    burst: i64,
    credit: i64,
    window: i64,
    used: i64,
    total: i32,
    /// The times of its requests, and after each the counts so far of [allowed within the
    /// limit, denied, allowed on credit].
    times: Vec<i32>,
    counts: Vec<[i32; 3]>,
}

impl Tenant {
    /// Ends the windows before the one of `now`: each adds its unused share to the credit.
    fn roll(&mut self, now: i32) {
        let w = now as i64 / WINDOW;
        if w > self.window {
            self.credit = self.burst.min(self.credit + (self.limit - self.used).max(0));
            let empty = w - self.window - 1;
            self.credit = self.burst.min(self.credit + empty * self.limit);
            self.window = w;
            self.used = 0;
        }
    }
}

struct TenantRateLimiter {
    tenants: HashMap<String, Tenant>,
}

impl TenantRateLimiter {
    fn new() -> Self {
        TenantRateLimiter { tenants: HashMap::new() }
    }

    fn add_tenant(&mut self, timestamp: i32, tenant_id: String, limit: i32) -> bool {
        if self.tenants.contains_key(&tenant_id) {
            return false;
        }
        self.tenants.insert(
            tenant_id,
            Tenant {
                limit: limit as i64,
                burst: 0,
                credit: 0,
                window: timestamp as i64 / WINDOW,
                used: 0,
                total: 0,
                times: Vec::new(),
                counts: vec![[0; 3]],
            },
        );
        true
    }

    fn request(&mut self, timestamp: i32, tenant_id: String) -> bool {
        let Some(t) = self.tenants.get_mut(&tenant_id) else { return false };
        t.roll(timestamp);
        let outcome = if t.used < t.limit {
            t.used += 1;
            0
        } else if t.credit > 0 {
            t.credit -= 1;
            2
        } else {
            1
        };
        let mut counts = *t.counts.last().unwrap();
        counts[outcome] += 1;
        t.counts.push(counts);
        t.times.push(timestamp);
        if outcome != 1 {
            t.total += 1;
        }
        outcome != 1
    }

    fn top_tenants(&self, timestamp: i32, n: i32) -> Vec<String> {
        let mut ranked: Vec<(&String, i32)> = self.tenants.iter().map(|(k, t)| (k, t.total)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        ranked
            .into_iter()
            .take(n as usize)
            .map(|(k, c)| format!("{}({})", k, c))
            .collect()
    }

    fn set_limit(&mut self, timestamp: i32, tenant_id: String, limit: i32) -> bool {
        let Some(t) = self.tenants.get_mut(&tenant_id) else { return false };
        t.roll(timestamp);
        t.limit = limit as i64;
        true
    }

    fn set_burst(&mut self, timestamp: i32, tenant_id: String, burst: i32) -> bool {
        let Some(t) = self.tenants.get_mut(&tenant_id) else { return false };
        t.roll(timestamp);
        t.burst = burst as i64;
        t.credit = t.credit.min(t.burst);
        true
    }

    fn audit(&self, timestamp: i32, tenant_id: String, from_time: i32, to_time: i32) -> Vec<i32> {
        let Some(t) = self.tenants.get(&tenant_id) else { return vec![] };
        let lo = t.times.partition_point(|&x| x < from_time);
        let hi = t.times.partition_point(|&x| x <= to_time);
        let (a, b) = (t.counts[lo], t.counts[hi]);
        let (within, denied, credit) = (b[0] - a[0], b[1] - a[1], b[2] - a[2]);
        vec![within + credit, denied, credit]
    }
}
