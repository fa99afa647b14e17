class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # Go from the car nearest the destination backwards. A car whose solo arrival time is no
        # later than the fleet in front of it joins that fleet; otherwise it leads a new one.
        cars = sorted(zip(position, speed), reverse=True)
        fleets = 0
        lead_time = 0.0
        for p, s in cars:
            t = (target - p) / s
            if t > lead_time:
                fleets += 1
                lead_time = t
        return fleets
