class Solution:
    def palindromePairs(self, words: List[str]) -> List[List[int]]:
        index = {w[::-1]: i for i, w in enumerate(words)}
        out = []
        for i, w in enumerate(words):
            for k in range(len(w) + 1):
                pre, suf = w[:k], w[k:]
                # w + reverse(pre) is a palindrome when suf is one.
                if suf == suf[::-1]:
                    j = index.get(pre)
                    if j is not None and j != i:
                        out.append([i, j])
                # reverse(suf) + w is a palindrome when pre is one (k > 0: k = 0 is the case
                # above seen from the other word).
                if k > 0 and pre == pre[::-1]:
                    j = index.get(suf)
                    if j is not None and j != i:
                        out.append([j, i])
        return out
