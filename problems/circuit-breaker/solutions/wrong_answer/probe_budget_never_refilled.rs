#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Closed,
    Open,
    HalfOpen,
}

struct CircuitBreaker {
    threshold: i32,
    cooldown: i64,
    probe_limit: i32,
    mode: Mode,
    failures: i32,  // consecutive failures while closed
    opened_at: i64,
    probes: i32,    // probe calls allowed so far
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl CircuitBreaker {

    fn new(failure_threshold: i32, cooldown: i32, probe_limit: i32) -> Self {
        CircuitBreaker {
            threshold: failure_threshold,
            cooldown: cooldown as i64,
            probe_limit,
            mode: Mode::Closed,
            failures: 0,
            opened_at: 0,
            probes: 0,
        }
    }

    fn tick(&mut self, time: i64) {
        if self.mode == Mode::Open && time >= self.opened_at + self.cooldown {
            self.mode = Mode::HalfOpen;
        }
    }

    fn open(&mut self, time: i64) {
        self.mode = Mode::Open;
        self.opened_at = time;
        self.failures = 0;
    }

    fn allow(&mut self, time: i32) -> bool {
        self.tick(time as i64);
        match self.mode {
            Mode::Closed => true,
            Mode::HalfOpen if self.probes < self.probe_limit => {
                self.probes += 1;
                true
            }
            _ => false,
        }
    }

    fn record(&mut self, success: bool, time: i32) {
        let time = time as i64;
        self.tick(time);
        match self.mode {
            Mode::Closed => {
                if success {
                    self.failures = 0;
                } else {
                    self.failures += 1;
                    if self.failures == self.threshold {
                        self.open(time);
                    }
                }
            }
            Mode::HalfOpen => {
                if success {
                    self.mode = Mode::Closed;
                    self.failures = 0;
                } else {
                    self.open(time);
                }
            }
            Mode::Open => {} // results that arrive while open are ignored
        }
    }

    fn get_state(&mut self, time: i32) -> String {
        self.tick(time as i64);
        match self.mode {
            Mode::Closed => "CLOSED",
            Mode::Open => "OPEN",
            Mode::HalfOpen => "HALF_OPEN",
        }
        .to_string()
    }
}

/**
 * Your CircuitBreaker object will be instantiated and called as such:
 * let obj = CircuitBreaker::new(failureThreshold, cooldown, probeLimit);
 * let ret_1: bool = obj.allow(time);
 * obj.record(success, time);
 * let ret_3: String = obj.get_state(time);
 */
