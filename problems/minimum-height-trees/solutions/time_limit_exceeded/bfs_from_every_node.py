# Measures the height from every node with its own BFS: O(n^2).
class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        heights = []
        for s in range(n):
            dist = [-1] * n
            dist[s] = 0
            queue = collections.deque([s])
            h = 0
            while queue:
                u = queue.popleft()
                h = dist[u]
                for v in adj[u]:
                    if dist[v] == -1:
                        dist[v] = dist[u] + 1
                        queue.append(v)
            heights.append(h)
        best = min(heights)
        return [v for v in range(n) if heights[v] == best]
