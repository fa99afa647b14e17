class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Multiplies all the other entries for each position: O(n^2).
        n = len(nums)
        answer = []
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            answer.append(p)
        return answer
