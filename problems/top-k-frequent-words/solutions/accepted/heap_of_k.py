class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        # heapq.nsmallest on (-count, word): most frequent first, ties alphabetical.
        count = collections.Counter(words)
        return [w for _, w in heapq.nsmallest(k, ((-c, w) for w, c in count.items()))]
