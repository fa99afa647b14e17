class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Choose candidates in non-decreasing order of index, so each combination is built once.
        candidates = sorted(candidates)
        result = []
        chosen = []
        def go(start, left):
            if left == 0:
                result.append(chosen[:])
                return
            for i in range(start, len(candidates)):
                c = candidates[i]
                if c > left:
                    break
                chosen.append(c)
                go(i, left - c)
                chosen.pop()
        go(0, target)
        return result
