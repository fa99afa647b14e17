class Solution:
    def jobScheduling(self, startTime: List[int], endTime: List[int], profit: List[int]) -> int:
        # For each job, scan all earlier-ending jobs for the best one to follow: O(n^2).
        jobs = sorted(zip(endTime, startTime, profit))
        best = [0] * len(jobs)
        for i, (e, s, p) in enumerate(jobs):
            top = 0
            for j in range(i):
                if jobs[j][0] <= s and best[j] > top:
                    top = best[j]
            best[i] = top + p
        return max(best)
