# Stops as soon as a one-letter change gives endWord, even when endWord is not in the dictionary.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        queue = collections.deque([(beginWord, 1)])
        seen = {beginWord}
        while queue:
            w, steps = queue.popleft()
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    nxt = w[:i] + ch + w[i + 1:]
                    if nxt == endWord:
                        return steps + 1
                    if nxt in words and nxt not in seen:
                        seen.add(nxt)
                        queue.append((nxt, steps + 1))
        return 0
