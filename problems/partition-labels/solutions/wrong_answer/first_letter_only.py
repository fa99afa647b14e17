class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # Bug: a piece ends at the last occurrence of its first letter; letters inside the piece
        # that occur again later are not taken into account.
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = 0
        while start < len(s):
            end = last[s[start]]
            sizes.append(end - start + 1)
            start = end + 1
        return sizes
