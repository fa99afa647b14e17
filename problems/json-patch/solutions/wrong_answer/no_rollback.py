import json
import sys


class Failed(Exception):
    pass


def tokens(pointer):
    # "" is the whole document; "/a/b" has the tokens "a" and "b". "~1" before "~0".
    if pointer == "":
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def index(arr, token, allow_end):
    if token == "-" and allow_end:
        return len(arr)
    if not token.isdigit() or (len(token) > 1 and token[0] == "0"):
        raise Failed
    i = int(token)
    if i > len(arr) or (i == len(arr) and not allow_end):
        raise Failed
    return i


def same(a, b):
    # JSON equality: true is not 1, objects compare without order.
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


class Doc:
    def __init__(self, root):
        self.root = root
        self.undo = []  # functions that undo the current patch's changes, newest last

    def parent(self, toks):
        node = self.root
        for t in toks[:-1]:
            if isinstance(node, dict):
                if t not in node:
                    raise Failed
                node = node[t]
            elif isinstance(node, list):
                node = node[index(node, t, False)]
            else:
                raise Failed
        if not isinstance(node, (dict, list)):
            raise Failed
        return node

    def get(self, toks):
        if not toks:
            return self.root
        node, last = self.parent(toks), toks[-1]
        if isinstance(node, dict):
            if last not in node:
                raise Failed
            return node[last]
        return node[index(node, last, False)]

    def set_root(self, value):
        old = self.root
        self.root = value
        self.undo.append(lambda: setattr(self, "root", old))

    def add(self, toks, value):
        if not toks:
            return self.set_root(value)
        node, last = self.parent(toks), toks[-1]
        if isinstance(node, dict):
            if last in node:
                old = node[last]
                self.undo.append(lambda: node.__setitem__(last, old))
            else:
                self.undo.append(lambda: node.__delitem__(last))
            node[last] = value
        else:
            i = index(node, last, True)
            node.insert(i, value)
            self.undo.append(lambda: node.__delitem__(i))

    def remove(self, toks):
        if not toks:
            raise Failed
        node, last = self.parent(toks), toks[-1]
        if isinstance(node, dict):
            if last not in node:
                raise Failed
            old = node.pop(last)
            self.undo.append(lambda: node.__setitem__(last, old))
        else:
            i = index(node, last, False)
            old = node.pop(i)
            self.undo.append(lambda: node.insert(i, old))
        return old

    def replace(self, toks, value):
        if not toks:
            return self.set_root(value)
        node, last = self.parent(toks), toks[-1]
        if isinstance(node, dict):
            if last not in node:
                raise Failed
        else:
            last = index(node, last, False)
        old = node[last]
        node[last] = value
        self.undo.append(lambda: node.__setitem__(last, old))

    def apply(self, op):
        kind, path = op["op"], op["path"]
        if kind == "add":
            self.add(tokens(path), op["value"])
        elif kind == "remove":
            self.remove(tokens(path))
        elif kind == "replace":
            self.replace(tokens(path), op["value"])
        elif kind == "test":
            if not same(self.get(tokens(path)), op["value"]):
                raise Failed
        elif kind == "copy":
            # A fresh copy, so that later changes to one place do not show in the other.
            self.add(tokens(path), json.loads(json.dumps(self.get(tokens(op["from"])))))
        else:  # move
            src = op["from"]
            self.get(tokens(src))
            if path == src:
                return
            if path.startswith(src + "/"):
                raise Failed
            self.add(tokens(path), self.remove(tokens(src)))

    def patch(self, ops):
        self.undo = []
        for i, op in enumerate(ops):
            try:
                self.apply(op)
            except Failed:
                # Bug: the operations before the failing one keep their effect.
                return "error %d" % i
        return "ok"


def main():
    lines = sys.stdin.read().split("\n")
    doc = Doc(json.loads(lines[0]))
    q = int(lines[1])
    out = [doc.patch(json.loads(lines[2 + k])) for k in range(q)]
    out.append(json.dumps(doc.root, sort_keys=True, separators=(",", ":")))
    sys.stdout.write("\n".join(out) + "\n")


main()
