class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Bug: picks the first station whose own fuel covers its own leg.
        if sum(gas) < sum(cost):
            return -1
        for i in range(len(gas)):
            if gas[i] >= cost[i]:
                return i
        return -1
