class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Bug: assumes all copies of the most common letter can be joined, ignoring where they are.
        return min(len(s), max(collections.Counter(s).values()) + k)
