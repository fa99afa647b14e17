class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # Bug: works on the distinct values only, as if every number appeared once.
        if len(hand) % groupSize:
            return False
        values = sorted(set(hand))
        run = 1
        for a, b in zip(values, values[1:]):
            if b == a + 1 and run < groupSize:
                run += 1
            elif run == groupSize:
                run = 1
            else:
                return False
        return run == groupSize
