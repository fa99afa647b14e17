class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Walks the whole tree once per level: O(n * height), quadratic on a path, which is still
        # fast enough for 2000 nodes.
        def collect(node, depth, out):
            if node is None:
                return False
            if depth == 0:
                out.append(node.val)
                return True
            found = collect(node.left, depth - 1, out)
            return collect(node.right, depth - 1, out) or found
        result = []
        depth = 0
        while True:
            out = []
            collect(root, depth, out)
            if not out:
                return result
            result.append(out)
            depth += 1
