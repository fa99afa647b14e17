class FunctionThrottler:

    def __init__(self, accountLimit: int):
        self.limit = accountLimit
        self.reserved = {}
        self.executions = []  # (function, end) of every execution that ran

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
        if functionName in self.reserved:
            busy = sum(1 for f, end in self.executions if f == functionName and end > start)
            ok = busy < self.reserved[functionName]
        else:
            busy = sum(1 for f, end in self.executions if f not in self.reserved and end > start)
            ok = busy < self.limit - sum(self.reserved.values())
        if ok:
            self.executions.append((functionName, start + duration))
        return ok

    def getRunning(self, functionName: str, time: int) -> int:
        return sum(1 for f, end in self.executions if f == functionName and end > time)
