class MetricAlarm:

    def __init__(self, threshold: int, datapointsToAlarm: int, evaluationPeriods: int, treatMissing: str):
        self.threshold = threshold
        self.m = datapointsToAlarm
        self.n = evaluationPeriods
        self.treat = treatMissing
        self.periods = []     # periods that have data, increasing
        self.values = []      # their maximum datapoint
        self.breaches = [0]   # breaches[i] = breaching periods among the first i

    def putMetric(self, period: int, value: int) -> None:
        if self.periods and self.periods[-1] == period:
            self.values[-1] = value
            self.breaches[-1] = self.breaches[-2] + (value > self.threshold)
            return
        self.periods.append(period)
        self.values.append(value)
        self.breaches.append(self.breaches[-1] + (value > self.threshold))

    def getState(self, period: int) -> str:
        total = len(self.periods)  # every period with data is <= period
        if self.treat == "ignore":
            lo = max(0, total - self.n)
            if total == 0:
                return "INSUFFICIENT_DATA"
            return "ALARM" if self.breaches[total] - self.breaches[lo] >= self.m else "OK"
        lo = bisect.bisect_left(self.periods, period - self.n + 1)
        with_data = total - lo
        breaching = self.breaches[total] - self.breaches[lo]
        if self.treat == "breaching":
            breaching += self.n - with_data
        elif self.treat == "missing" and with_data == 0:
            return "INSUFFICIENT_DATA"
        return "ALARM" if breaching >= self.m else "OK"
