class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # Bug: gives up at the first triplet that overshoots, instead of just skipping it.
        best = [0, 0, 0]
        for t in triplets:
            if any(t[k] > target[k] for k in range(3)):
                return False
            best = [max(best[k], t[k]) for k in range(3)]
        return best == target
