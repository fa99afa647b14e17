class Node:
    __slots__ = ("literal", "param", "end", "wild")

    def __init__(self):
        self.literal = {}   # segment -> Node
        self.param = None   # the child every ":name" segment leads to
        self.end = {}       # method -> (handler, names): a route ends here
        self.wild = {}      # method -> (handler, names): a route ends here with "*"


class Router:

    def __init__(self):
        self.root = Node()

    def addRoute(self, method: str, pattern: str, handlerId: str) -> bool:
        node, names = self.root, []
        segments = [s for s in pattern.split("/") if s]
        for seg in segments:
            if seg == "*":
                if method in node.wild:
                    return False
                node.wild[method] = (handlerId, names + ["*"])
                return True
            if seg[0] == ":":
                names.append(seg[1:])
                if node.param is None:
                    node.param = Node()
                node = node.param
            else:
                node = node.literal.setdefault(seg, Node())
        if method in node.end:
            return False
        node.end[method] = (handlerId, names)
        return True

    def _find(self, node, segs, i, values, method):
        # Depth first, literal before param before wildcard, ending before "*" matching nothing:
        # the first route found has the smallest shape. Routes of other methods met on the way
        # set self.other (for 405).
        if i == len(segs):
            if method in node.end:
                return node.end[method], values
            if method in node.wild:
                values.append("")
                return node.wild[method], values
            if node.end or node.wild:
                self.other = True
            return None
        child = node.literal.get(segs[i])
        if child is not None:
            # Bug: once a literal segment matches, the walk commits to it and never tries the
            # parameter branch when the rest of the path fails below.
            return self._find(child, segs, i + 1, values, method)
        if node.param is not None:
            values.append(segs[i])
            found = self._find(node.param, segs, i + 1, values, method)
            if found:
                return found
            values.pop()
        if method in node.wild:
            values.append("/".join(segs[i:]))
            return node.wild[method], values
        if node.wild:
            self.other = True
        return None

    def route(self, method: str, path: str) -> List[str]:
        segs = [s for s in path.split("/") if s]
        self.other = False
        found = self._find(self.root, segs, 0, [], method)
        if found is None:
            return ["405"] if self.other else ["404"]
        (handler, names), values = found
        answer = [handler]
        for name, value in zip(names, values):
            answer += [name, value]
        return answer
