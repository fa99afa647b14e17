class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # ways[s] holds every combination summing to s that uses only the candidates seen so
        # far; processing the candidates one at a time keeps each combination unique.
        ways = [[] for _ in range(target + 1)]
        ways[0] = [[]]
        for c in candidates:
            for s in range(c, target + 1):
                ways[s] += [combo + [c] for combo in ways[s - c]]
        return ways[target]
