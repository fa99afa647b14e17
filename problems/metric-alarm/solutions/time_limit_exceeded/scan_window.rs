use std::collections::HashMap;

struct MetricAlarm {
    threshold: i32,
    m: usize,
    n: i64,
    treat: String,
    value: HashMap<i64, i32>,
    order: Vec<i64>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl MetricAlarm {

    fn new(threshold: i32, datapoints_to_alarm: i32, evaluation_periods: i32, treat_missing: String) -> Self {
        MetricAlarm {
            threshold,
            m: datapoints_to_alarm as usize,
            n: evaluation_periods as i64,
            treat: treat_missing,
            value: HashMap::new(),
            order: Vec::new(),
        }
    }

    fn put_metric(&mut self, period: i32, value: i32) {
        let period = period as i64;
        match self.value.get_mut(&period) {
            Some(v) => *v = (*v).max(value),
            None => {
                self.value.insert(period, value);
                self.order.push(period);
            }
        }
    }

    fn get_state(&self, period: i32) -> String {
        let period = period as i64;
        if self.treat == "ignore" {
            let from = self.order.len().saturating_sub(self.n as usize);
            let recent = &self.order[from..];
            if recent.is_empty() {
                return "INSUFFICIENT_DATA".to_string();
            }
            let breaching = recent.iter().filter(|p| self.value[p] > self.threshold).count();
            return if breaching >= self.m { "ALARM" } else { "OK" }.to_string();
        }
        let (mut breaching, mut missing) = (0usize, 0usize);
        for p in period - self.n + 1..=period {
            match self.value.get(&p) {
                None => missing += 1,
                Some(&v) if v > self.threshold => breaching += 1,
                _ => {}
            }
        }
        if self.treat == "breaching" {
            breaching += missing;
        } else if self.treat == "missing" && missing == self.n as usize {
            return "INSUFFICIENT_DATA".to_string();
        }
        if breaching >= self.m { "ALARM" } else { "OK" }.to_string()
    }
}
