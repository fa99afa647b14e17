# Finds the cycle correctly but returns its edge that comes first in the list, not last.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        adj = collections.defaultdict(list)
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        # peel leaves until only the cycle is left
        degree = {v: len(adj[v]) for v in range(1, n + 1)}
        leaves = [v for v in degree if degree[v] == 1]
        removed = set()
        while leaves:
            v = leaves.pop()
            removed.add(v)
            for u in adj[v]:
                if u not in removed:
                    degree[u] -= 1
                    if degree[u] == 1:
                        leaves.append(u)
        for a, b in edges:
            if a not in removed and b not in removed:
                return [a, b]
        return []
