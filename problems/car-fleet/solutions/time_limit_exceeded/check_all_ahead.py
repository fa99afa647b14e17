class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # A car leads a fleet if it is slower to arrive than every car ahead of it: checking all
        # cars ahead for every car is O(n^2).
        n = len(position)
        times = [(target - position[i]) / speed[i] for i in range(n)]
        fleets = 0
        for i in range(n):
            leads = True
            for j in range(n):
                if position[j] > position[i] and times[j] >= times[i]:
                    leads = False
                    break
            if leads:
                fleets += 1
        return fleets
