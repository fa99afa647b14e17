class CircuitBreaker:

    def __init__(self, failureThreshold: int, cooldown: int, probeLimit: int):
        self.threshold = failureThreshold
        self.cooldown = cooldown
        self.probe_limit = probeLimit
        self.mode = "CLOSED"
        self.failures = 0      # consecutive failures while closed
        self.opened_at = 0
        self.probes = 0        # calls allowed in the current half-open period

    def _tick(self, time):
        if self.mode == "OPEN" and time >= self.opened_at + self.cooldown:
            self.mode = "HALF_OPEN"
            self.probes = 0

    def _open(self, time):
        self.mode = "OPEN"
        self.opened_at = time
        self.failures = 0

    def allow(self, time: int) -> bool:
        self._tick(time)
        if self.mode == "CLOSED":
            return True
        if self.mode == "HALF_OPEN" and self.probes < self.probe_limit:
            self.probes += 1
            return True
        return False

    def record(self, success: bool, time: int) -> None:
        self._tick(time)
        if self.mode == "CLOSED":
            if not success:
                self.failures += 1
                if self.failures == self.threshold:
                    self._open(time)
        elif self.mode == "HALF_OPEN":
            if success:
                self.mode = "CLOSED"
                self.failures = 0
            else:
                self._open(time)
        # While open, results are ignored.

    def getState(self, time: int) -> str:
        self._tick(time)
        return self.mode
