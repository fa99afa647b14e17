# Returns the number of letter changes instead of the number of words.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        queue = collections.deque([(beginWord, 0)])
        seen = {beginWord}
        while queue:
            w, steps = queue.popleft()
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    nxt = w[:i] + ch + w[i + 1:]
                    if nxt in words and nxt not in seen:
                        if nxt == endWord:
                            return steps + 1
                        seen.add(nxt)
                        queue.append((nxt, steps + 1))
        return 0
