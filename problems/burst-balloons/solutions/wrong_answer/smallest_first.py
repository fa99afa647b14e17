class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Bug: greedily bursts the smallest balloon first.
        balloons = nums[:]
        total = 0
        while balloons:
            i = min(range(len(balloons)), key=lambda j: balloons[j])
            left = balloons[i - 1] if i > 0 else 1
            right = balloons[i + 1] if i + 1 < len(balloons) else 1
            total += left * balloons[i] * right
            balloons.pop(i)
        return total
