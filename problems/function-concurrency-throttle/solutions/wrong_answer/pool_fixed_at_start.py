class FunctionThrottler:

    def __init__(self, accountLimit: int):
        self.limit = accountLimit
        self.reserved = {}
        self.total_reserved = 0
        self.running = collections.Counter()
        self.shared_running = 0
        self.ends = []  # (end, function, started in the shared pool)

    def _advance(self, time):
        while self.ends and self.ends[0][0] <= time:
            _, fn, shared = heapq.heappop(self.ends)
            self.running[fn] -= 1
            if shared:
                self.shared_running -= 1

    def setReserved(self, functionName: str, reserved: int) -> bool:
        old = self.reserved.get(functionName)
        if reserved == -1:
            if old is not None:
                del self.reserved[functionName]
                self.total_reserved -= old
            return True
        others = self.total_reserved - (old or 0)
        if others + reserved > self.limit:
            return False
        self.reserved[functionName] = reserved
        self.total_reserved = others + reserved
        return True

    def invoke(self, functionName: str, start: int, duration: int) -> bool:
        self._advance(start)
        shared = functionName not in self.reserved
        if shared:
            ok = self.shared_running < self.limit - self.total_reserved
        else:
            ok = self.running[functionName] < self.reserved[functionName]
        if ok:
            self.running[functionName] += 1
            if shared:
                self.shared_running += 1
            heapq.heappush(self.ends, (start + duration, functionName, shared))
        return ok

    def getRunning(self, functionName: str, time: int) -> int:
        self._advance(time)
        return self.running[functionName]
