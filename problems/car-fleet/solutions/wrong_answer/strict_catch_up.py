class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Bug: a car that would arrive at exactly the same time as the fleet ahead is counted as a
        # new fleet (>= instead of >).
        cars = sorted(zip(position, speed), reverse=True)
        fleets = 0
        lead_time = 0.0
        for p, s in cars:
            t = (target - p) / s
            if t >= lead_time:
                fleets += 1
                lead_time = t
        return fleets
