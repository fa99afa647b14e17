class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Bug: never checks that the total fuel covers the total cost, so it returns a start
        # even when the trip is impossible.
        start, tank = 0, 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start, tank = i + 1, 0
        return start if start < len(gas) else -1
