class FunctionThrottler:

    def __init__(self, accountLimit: int):
        self.limit = accountLimit
        self.reserved = {}          # function -> reserved concurrency
        self.total_reserved = 0
        self.running = collections.Counter()  # function -> executions not yet seen to end
        self.shared_running = 0     # sum of running over functions without a reservation
        self.ends = []              # heap of (end, function)

    def _advance(self, time):
        # An execution that ends at `end` no longer runs at time `end`.
        while self.ends and self.ends[0][0] <= time:
            _, fn = heapq.heappop(self.ends)
            self.running[fn] -= 1
            if fn not in self.reserved:
                self.shared_running -= 1

    def setReserved(self, functionName: str, reserved: int) -> bool:
        old = self.reserved.get(functionName)
        if reserved == -1:
            if old is not None:
                del self.reserved[functionName]
                self.total_reserved -= old
                self.shared_running += self.running[functionName]
            return True
        others = self.total_reserved - (old or 0)
        if others + reserved > self.limit:
            return False
        if old is None:
            self.shared_running -= self.running[functionName]
        self.reserved[functionName] = reserved
        self.total_reserved = others + reserved
        return True

    def invoke(self, functionName: str, start: int, duration: int) -> bool:
        self._advance(start)
        if functionName in self.reserved:
            ok = self.running[functionName] < self.reserved[functionName]
        else:
            ok = self.shared_running < self.limit - self.total_reserved
            if ok:
                self.shared_running += 1
        if ok:
            self.running[functionName] += 1
            heapq.heappush(self.ends, (start + duration, functionName))
        return ok

    def getRunning(self, functionName: str, time: int) -> int:
        self._advance(time)
        return self.running[functionName]
