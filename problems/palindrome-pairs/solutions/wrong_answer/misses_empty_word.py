class Solution:
    def palindromePairs(self, words: List[str]) -> List[List[int]]:
        # Splits each word only strictly inside (1..len-1) plus the full reverse, so the empty
        # word is never paired with a palindrome.
        index = {w[::-1]: i for i, w in enumerate(words)}
        out = []
        for i, w in enumerate(words):
            j = index.get(w)
            if j is not None and j != i:
                out.append([i, j])
            for k in range(1, len(w)):
                pre, suf = w[:k], w[k:]
                if suf == suf[::-1] and pre in index:
                    out.append([i, index[pre]])
                if pre == pre[::-1] and suf in index:
                    out.append([index[suf], i])
        return out
