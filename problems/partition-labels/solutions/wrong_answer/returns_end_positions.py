class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # Bug: returns where each piece ends instead of how long it is.
        last = {c: i for i, c in enumerate(s)}
        ends = []
        end = 0
        for i, c in enumerate(s):
            end = max(end, last[c])
            if i == end:
                ends.append(end + 1)
        return ends
