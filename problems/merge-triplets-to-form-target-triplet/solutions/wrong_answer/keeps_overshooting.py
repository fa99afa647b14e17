class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # Bug: looks for each target value in its coordinate, but forgets that a triplet which
        # overshoots another coordinate cannot be merged in.
        found = [False, False, False]
        for t in triplets:
            for k in range(3):
                if t[k] == target[k]:
                    found[k] = True
        return all(found)
