# Tries every choice of positions and removes repeats with a set at the end: the search itself
# visits every choice of equal values, C(100, 30) ways for a hundred 1s.
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        found = set()
        path = []

        def backtrack(start, remaining):
            if remaining == 0:
                found.add(tuple(path))
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remaining:
                    break
                path.append(candidates[i])
                backtrack(i + 1, remaining - candidates[i])
                path.pop()

        backtrack(0, target)
        return [list(t) for t in found]
