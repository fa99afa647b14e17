class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        out = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            # Bug: off by one, an index is dropped only once it is k + 1 positions behind.
            if dq[0] < i - k:
                dq.popleft()
            if i >= k - 1:
                out.append(nums[dq[0]])
        return out
