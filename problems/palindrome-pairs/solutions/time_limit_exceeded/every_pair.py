class Solution:
    def palindromePairs(self, words: List[str]) -> List[List[int]]:
        out = []
        for i, a in enumerate(words):
            for j, b in enumerate(words):
                if i != j:
                    s = a + b
                    if s == s[::-1]:
                        out.append([i, j])
        return out
