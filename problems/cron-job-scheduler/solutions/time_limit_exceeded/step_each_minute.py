class CronScheduler:

    def __init__(self):
        self.jobs = {}

    @staticmethod
    def _parse(text, lo, hi):
        values = set()
        for item in text.split(","):
            if item == "*":
                values.update(range(lo, hi + 1))
            elif item.startswith("*/"):
                values.update(range(lo, hi + 1, int(item[2:])))
            elif "-" in item:
                a, b = map(int, item.split("-"))
                values.update(range(a, b + 1))
            else:
                values.add(int(item))
        return values

    def addJob(self, jobId: int, expression: str) -> bool:
        if jobId in self.jobs:
            return False
        f = expression.split()
        self.jobs[jobId] = [self._parse(f[0], 0, 59), self._parse(f[1], 0, 23),
                            self._parse(f[2], 1, 30), self._parse(f[3], 1, 12),
                            self._parse(f[4], 0, 6)]
        return True

    def removeJob(self, jobId: int) -> bool:
        return self.jobs.pop(jobId, None) is not None

    @staticmethod
    def _matches(sets, t):
        d = t // 1440
        return (t % 60 in sets[0] and t // 60 % 24 in sets[1] and d % 30 + 1 in sets[2]
                and d // 30 % 12 + 1 in sets[3] and (d + 4) % 7 in sets[4])

    def _next(self, sets, after):
        # Try every minute after `after`, one by one.
        t = after + 1
        while not self._matches(sets, t):
            t += 1
        return t

    def nextRun(self, jobId: int, after: int) -> int:
        if jobId not in self.jobs:
            return -1
        return self._next(self.jobs[jobId], after)

    def nextRuns(self, after: int, k: int) -> List[List[int]]:
        runs = []
        for jid, sets in self.jobs.items():
            t = after
            for _ in range(k):
                t = self._next(sets, t)
                runs.append([t, jid])
        runs.sort()
        return runs[:k]
