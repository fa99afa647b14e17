class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        # Drives around from every start until the tank runs dry: O(n^2).
        n = len(gas)
        for start in range(n):
            tank = 0
            for k in range(n):
                i = (start + k) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return start
        return -1
