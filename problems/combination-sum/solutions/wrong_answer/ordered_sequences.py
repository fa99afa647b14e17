class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Bug: restarts from the first candidate at every step, so the same combination is
        # produced once per ordering ([2, 3, 3], [3, 2, 3], ...).
        result = []
        chosen = []
        def go(left):
            if left == 0:
                result.append(chosen[:])
                return
            for c in candidates:
                if c <= left:
                    chosen.append(c)
                    go(left - c)
                    chosen.pop()
        go(target)
        return result
