# Union-find that links the nodes themselves instead of their roots, losing earlier links.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        parent = list(range(len(edges) + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            if find(a) == find(b):
                return [a, b]
            parent[a] = b
        return edges[-1]
