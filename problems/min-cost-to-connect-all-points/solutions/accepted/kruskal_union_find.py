class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n

    def find(self, x):
        # path compression: point every node on the way straight at the root
        if self.parent[x] != x:
            self.parent[x] = self.find(self.parent[x])
        return self.parent[x]

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Kruskal: all n(n-1)/2 pairs are edges, sorted by Manhattan distance; an edge is taken
        # when it joins two different groups. Goes through every edge (no stop after n - 1
        # unions), the slower way it is often written. O(n^2 log n) time, O(n^2) space.
        n = len(points)
        edges = []
        for i in range(n):
            for j in range(i + 1, n):
                d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                edges.append((d, i, j))
        edges.sort()
        uf = UnionFind(n)
        total = 0
        for d, i, j in edges:
            if uf.union(i, j):
                total += d
        return total
