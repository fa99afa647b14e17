class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Bug: compares the words position by position and pays for the length difference,
        # which never lines letters up after an insertion or a deletion.
        mismatches = sum(1 for a, b in zip(word1, word2) if a != b)
        return mismatches + abs(len(word1) - len(word2))
