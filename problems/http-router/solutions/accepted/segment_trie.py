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
        # the first route found has the smallest shape.
        if i == len(segs):
            for table in (node.end, node.wild):
                hit = table.get(method) if method else next(iter(table.values()), None)
                if hit:
                    return hit, values + ([""] if table is node.wild else [])
            return None
        child = node.literal.get(segs[i])
        if child is not None:
            found = self._find(child, segs, i + 1, values, method)
            if found:
                return found
        if node.param is not None:
            found = self._find(node.param, segs, i + 1, values + [segs[i]], method)
            if found:
                return found
        hit = node.wild.get(method) if method else next(iter(node.wild.values()), None)
        if hit:
            return hit, values + ["/".join(segs[i:])]
        return None

    def route(self, method: str, path: str) -> List[str]:
        segs = [s for s in path.split("/") if s]
        found = self._find(self.root, segs, 0, [], method)
        if found is None:
            return ["405"] if self._find(self.root, segs, 0, [], None) else ["404"]
        (handler, names), values = found
        answer = [handler]
        for name, value in zip(names, values):
            answer += [name, value]
        return answer
