class Solution:
    def jobScheduling(self, startTime: List[int], endTime: List[int], profit: List[int]) -> int:
        # Bug: a job may not start when the previous one ends (bisect_left instead of right).
        jobs = sorted(zip(endTime, startTime, profit))
        ends = [e for e, _, _ in jobs]
        best = [0] * (len(jobs) + 1)
        for k, (e, s, p) in enumerate(jobs):
            before = bisect.bisect_left(ends, s, 0, k)
            best[k + 1] = max(best[k], best[before] + p)
        return best[-1]
