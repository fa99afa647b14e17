class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        count = collections.Counter(words)
        return sorted(count, key=lambda w: (-count[w], w))[:k]
