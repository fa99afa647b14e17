class Solution:
    def jobScheduling(self, startTime: List[int], endTime: List[int], profit: List[int]) -> int:
        # Jobs by end time; best[k]: most profit using the first k jobs. Job k either is skipped
        # or follows the last job that ends by its start (found by binary search).
        jobs = sorted(zip(endTime, startTime, profit))
        ends = [e for e, _, _ in jobs]
        best = [0] * (len(jobs) + 1)
        for k, (e, s, p) in enumerate(jobs):
            before = bisect.bisect_right(ends, s, 0, k)
            best[k + 1] = max(best[k], best[before] + p)
        return best[-1]
