class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Bug: moves past a candidate once it is taken, so no candidate is used twice.
        result = []
        chosen = []
        def go(start, left):
            if left == 0:
                result.append(chosen[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] <= left:
                    chosen.append(candidates[i])
                    go(i + 1, left - candidates[i])
                    chosen.pop()
        go(0, target)
        return result
