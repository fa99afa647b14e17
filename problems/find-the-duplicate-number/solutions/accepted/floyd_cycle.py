class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # Read i -> nums[i] as a linked list starting at index 0; the repeated value is where
        # two arrows point to the same node, i.e. the entry of the cycle.
        slow = fast = nums[0]
        while True:
            slow = nums[slow]
            fast = nums[nums[fast]]
            if slow == fast:
                break
        slow = nums[0]
        while slow != fast:
            slow = nums[slow]
            fast = nums[fast]
        return slow
