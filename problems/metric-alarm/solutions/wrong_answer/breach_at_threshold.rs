struct MetricAlarm {
    threshold: i32,
    m: usize,
    n: i64,
    treat: String,
    periods: Vec<i64>,    // periods that have data, increasing
    values: Vec<i32>,     // their maximum datapoint
    breaches: Vec<usize>, // breaches[i] = breaching periods among the first i
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
            periods: Vec::new(),
            values: Vec::new(),
            breaches: vec![0],
        }
    }

    fn put_metric(&mut self, period: i32, value: i32) {
        let period = period as i64;
        let k = self.periods.len();
        if k > 0 && self.periods[k - 1] == period {
            if value > self.values[k - 1] {
                self.values[k - 1] = value;
                self.breaches[k] = self.breaches[k - 1] + (value >= self.threshold) as usize;
            }
            return;
        }
        self.periods.push(period);
        self.values.push(value);
        self.breaches.push(self.breaches[k] + (value >= self.threshold) as usize);
    }

    fn get_state(&self, period: i32) -> String {
        let total = self.periods.len(); // every period with data is <= period
        let state = if self.treat == "ignore" {
            if total == 0 {
                "INSUFFICIENT_DATA"
            } else {
                let lo = total.saturating_sub(self.n as usize);
                if self.breaches[total] - self.breaches[lo] >= self.m { "ALARM" } else { "OK" }
            }
        } else {
            let first = period as i64 - self.n + 1;
            let lo = self.periods.partition_point(|&p| p < first);
            let with_data = total - lo;
            let mut breaching = self.breaches[total] - self.breaches[lo];
            if self.treat == "breaching" {
                breaching += self.n as usize - with_data;
            }
            if self.treat == "missing" && with_data == 0 {
                "INSUFFICIENT_DATA"
            } else if breaching >= self.m {
                "ALARM"
            } else {
                "OK"
            }
        };
        state.to_string()
    }
}

/**
 * Your MetricAlarm object will be instantiated and called as such:
 * let obj = MetricAlarm::new(threshold, datapointsToAlarm, evaluationPeriods, treatMissing);
 * obj.put_metric(period, value);
 * let ret_2: String = obj.get_state(period);
 */
