class Router:

    def __init__(self):
        self.routes = []  # (method, segments, handler)
        self.shapes = set()

    @staticmethod
    def _shape(segs):
        return tuple(0 if s[0] not in ":*" else (1 if s[0] == ":" else 2) for s in segs)

    def addRoute(self, method: str, pattern: str, handlerId: str) -> bool:
        segs = [s for s in pattern.split("/") if s]
        key = (method, tuple(s if s[0] not in ":*" else s[0] for s in segs))
        if key in self.shapes:
            return False
        self.shapes.add(key)
        self.routes.append((method, segs, handlerId))
        return True

    @staticmethod
    def _match(segs, path):
        out = []
        for i, s in enumerate(segs):
            if s == "*":
                out += ["*", "/".join(path[i:])]
                return out
            if i >= len(path):
                return None
            if s[0] == ":":
                out += [s[1:], path[i]]
            elif s != path[i]:
                return None
        return out if len(segs) == len(path) else None

    def route(self, method: str, path: str) -> List[str]:
        parts = [s for s in path.split("/") if s]
        best, other = None, False
        for m, segs, handler in self.routes:
            got = self._match(segs, parts)
            if got is None:
                continue
            if m != method:
                other = True
                continue
            shape = self._shape(segs)
            if best is None or shape < best[0]:
                best = (shape, [handler] + got)
        if best:
            return best[1]
        return ["405"] if other else ["404"]
