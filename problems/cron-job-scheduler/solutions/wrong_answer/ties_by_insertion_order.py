DAY = 1440
YEAR_DAYS = 360


def parse_field(text, lo, hi):
    values = set()
    for item in text.split(","):
        if item == "*":
            values.update(range(lo, hi + 1))
        elif item.startswith("*/"):
            values.update(range(lo, hi + 1, int(item[2:])))
        elif "-" in item:
            a, b = item.split("-")
            values.update(range(int(a), int(b) + 1))
        else:
            values.add(int(item))
    return values


class CronScheduler:

    def __init__(self):
        self.jobs = {}

    def addJob(self, jobId: int, expression: str) -> bool:
        if jobId in self.jobs:
            return False
        f = expression.split(" ")
        minutes = parse_field(f[0], 0, 59)
        hours = parse_field(f[1], 0, 23)
        doms = parse_field(f[2], 1, 30)
        months = parse_field(f[3], 1, 12)
        dows = parse_field(f[4], 0, 6)
        # Minutes of the day, and days of the year, on which the job may run.
        times = sorted(h * 60 + m for h in hours for m in minutes)
        days = sorted((mo - 1) * 30 + (dm - 1) for mo in months for dm in doms)
        self.jobs[jobId] = (times, days, dows)
        return True

    def removeJob(self, jobId: int) -> bool:
        return self.jobs.pop(jobId, None) is not None

    def _next(self, job, after):
        times, days, dows = job
        t = after + 1
        d, m = divmod(t, DAY)
        i = bisect.bisect_left(times, m)
        if i < len(times) and self._day_ok(job, d):
            return d * DAY + times[i]
        # Next matching day after d: walk the job's days of the year, then the next years.
        year, r = divmod(d + 1, YEAR_DAYS)
        j = bisect.bisect_left(days, r)
        while True:
            if j == len(days):
                year += 1
                j = 0
            day = year * YEAR_DAYS + days[j]
            if (day + 4) % 7 in dows:
                return day * DAY + times[0]
            j += 1

    def _day_ok(self, job, d):
        _, days, dows = job
        r = d % YEAR_DAYS
        k = bisect.bisect_left(days, r)
        return k < len(days) and days[k] == r and (d + 4) % 7 in dows

    def nextRun(self, jobId: int, after: int) -> int:
        job = self.jobs.get(jobId)
        return -1 if job is None else self._next(job, after)

    def nextRuns(self, after: int, k: int) -> List[List[int]]:
        heap = [(self._next(job, after), jid) for jid, job in self.jobs.items()]
        heapq.heapify(heap)
        # Ties go to the job added first (dicts keep insertion order), not the smaller id.
        order = {jid: i for i, jid in enumerate(self.jobs)}
        heap = [(t, order[jid], jid) for t, jid in heap]
        heapq.heapify(heap)
        out = []
        while heap and len(out) < k:
            t, o, jid = heapq.heappop(heap)
            out.append([t, jid])
            heapq.heappush(heap, (self._next(self.jobs[jid], t), o, jid))
        return out
