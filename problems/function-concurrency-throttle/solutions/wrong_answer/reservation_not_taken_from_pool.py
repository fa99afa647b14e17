class FunctionThrottler:

    def __init__(self, accountLimit: int):
        self.limit = accountLimit
        self.reserved = {}
        self.running = collections.Counter()
        self.total_running = 0
        self.ends = []

    def _advance(self, time):
        while self.ends and self.ends[0][0] <= time:
            _, fn = heapq.heappop(self.ends)
            self.running[fn] -= 1
            self.total_running -= 1

    def setReserved(self, functionName: str, reserved: int) -> bool:
        if reserved == -1:
            self.reserved.pop(functionName, None)
            return True
        others = sum(r for f, r in self.reserved.items() if f != functionName)
        if others + reserved > self.limit:
            return False
        self.reserved[functionName] = reserved
        return True

    def invoke(self, functionName: str, start: int, duration: int) -> bool:
        self._advance(start)
        # Every function shares the account limit; a reservation only caps its function.
        if functionName in self.reserved:
            ok = self.running[functionName] < self.reserved[functionName]
        else:
            ok = self.total_running < self.limit
        if ok:
            self.running[functionName] += 1
            self.total_running += 1
            heapq.heappush(self.ends, (start + duration, functionName))
        return ok

    def getRunning(self, functionName: str, time: int) -> int:
        self._advance(time)
        return self.running[functionName]
