# Union-find that links the nodes themselves instead of their roots, so earlier links are lost.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            if find(a) != find(b):
                parent[a] = b
        return sum(1 for i in range(n) if find(i) == i)
