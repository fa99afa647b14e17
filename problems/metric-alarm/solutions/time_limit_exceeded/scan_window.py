class MetricAlarm:

    def __init__(self, threshold: int, datapointsToAlarm: int, evaluationPeriods: int, treatMissing: str):
        self.threshold = threshold
        self.m = datapointsToAlarm
        self.n = evaluationPeriods
        self.treat = treatMissing
        self.value = {}   # period -> maximum datapoint
        self.order = []   # periods with data, increasing

    def putMetric(self, period: int, value: int) -> None:
        if period in self.value:
            self.value[period] = max(self.value[period], value)
        else:
            self.value[period] = value
            self.order.append(period)

    def getState(self, period: int) -> str:
        if self.treat == "ignore":
            recent = self.order[-self.n:]
            if not recent:
                return "INSUFFICIENT_DATA"
            breaching = sum(1 for p in recent if self.value[p] > self.threshold)
            return "ALARM" if breaching >= self.m else "OK"
        breaching = missing = 0
        for p in range(period - self.n + 1, period + 1):
            v = self.value.get(p)
            if v is None:
                missing += 1
            elif v > self.threshold:
                breaching += 1
        if self.treat == "breaching":
            breaching += missing
        elif self.treat == "missing" and missing == self.n:
            return "INSUFFICIENT_DATA"
        return "ALARM" if breaching >= self.m else "OK"
