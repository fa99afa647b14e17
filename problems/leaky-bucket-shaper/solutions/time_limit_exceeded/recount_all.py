class LeakyBucketShaper:

    def __init__(self, capacity: int, rate: int):
        self.capacity = capacity
        self.rate = rate
        self.accepted = []  # departure tick of every accepted request

    def pending(self, time: int) -> int:
        # Too slow: recounts every request ever accepted.
        return sum(1 for d in self.accepted if d >= time)

    def arrive(self, time: int) -> int:
        n = self.pending(time)
        if n >= self.capacity:
            return -1
        departure = time + n // self.rate
        self.accepted.append(departure)
        return departure
