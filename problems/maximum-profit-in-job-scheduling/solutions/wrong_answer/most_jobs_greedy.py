class Solution:
    def jobScheduling(self, startTime: List[int], endTime: List[int], profit: List[int]) -> int:
        # Bug: the earliest-end greedy maximises the number of jobs, not the profit.
        total, free_at = 0, 0
        for e, s, p in sorted(zip(endTime, startTime, profit)):
            if s >= free_at:
                total += p
                free_at = e
        return total
