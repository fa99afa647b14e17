class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # dist[i][j] = edits turning word1[:i] into word2[:j], kept one row at a time.
        prev = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            cur = [i]
            for j, b in enumerate(word2, 1):
                if a == b:
                    cur.append(prev[j - 1])
                else:
                    cur.append(1 + min(prev[j - 1], prev[j], cur[j - 1]))
            prev = cur
        return prev[-1]
