"""Large json-patch inputs: python3 gen.py SEED USERS PATCHES OPS_PER_PATCH MODE.

The document is {"users": {...}, "log": [...], "cfg": {...}} with USERS small user records (about
35 values each). MODE: edit (PATCHES patches of random edits inside the users, about one in ten of
them failing at a random operation, so a solution must roll back) | append (most operations append
to or insert into arrays). The patches are built against the document as it evolves, so most
operations find what they refer to. Prints the input text.
"""
import json
import random
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
                for step in reversed(self.undo):
                    step()
                return "error %d" % i
        return "ok"




seed, users, patches, per, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 -_.~/"


def text(lo=0, hi=8):
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(lo, hi)))


def num():
    return rng.choice([0, 1, -1, 10**9, -10**9, rng.randint(-1000, 1000), rng.randint(-10**9, 10**9)])


def scalar():
    r = rng.random()
    return num() if r < 0.4 else text() if r < 0.75 else rng.choice([True, False, None])


def small():
    r = rng.random()
    if r < 0.6:
        return scalar()
    if r < 0.8:
        return [scalar() for _ in range(rng.randint(0, 4))]
    return {text(1, 5): scalar() for _ in range(rng.randint(0, 4))}


def esc(key):
    return key.replace("~", "~0").replace("/", "~1")


def user():
    return {"name": text(3, 12), "age": rng.randint(0, 120), "active": rng.random() < 0.5,
            "tags": [text(1, 6) for _ in range(rng.randint(3, 12))],
            "meta": {text(1, 6): num() for _ in range(rng.randint(4, 9))},
            "scores": [num() for _ in range(10)]}


uids = ["u%d" % i for i in range(users)]
root = {"users": {u: user() for u in uids}, "log": [num() for _ in range(1000)],
        "cfg": {"a~b": 1, "x/y": [1, 2], "": 0, "flag": True}}
first_line = json.dumps(root)
doc = Doc(json.loads(first_line))


def pick(base):
    """A random existing location under /users/<uid> (path, value)."""
    path, node = base, doc.root["users"].get(base.split("/")[2])
    for _ in range(rng.randint(1, 3)):
        if isinstance(node, dict) and node:
            k = rng.choice(list(node))
            path, node = path + "/" + esc(k), node[k]
        elif isinstance(node, list) and node:
            i = rng.randrange(len(node))
            path, node = path + "/" + str(i), node[i]
        else:
            break
    return path, node


def container(base):
    """A random container under /users/<uid>: (path, node)."""
    path, node = pick(base)
    while not isinstance(node, (dict, list)):
        path = path[: path.rindex("/")]
        node = doc.get(tokens(path))
    return path, node


def make_op(fail):
    base = "/users/" + rng.choice(uids)
    r = rng.random()
    if fail:
        path, node = pick(base)
        kind = rng.randrange(5)
        if kind == 0:
            wrong = 1 if node is True else 0 if node is False else ([node] if not isinstance(node, list) else {})
            return {"op": "test", "path": path, "value": wrong}
        if kind == 1:
            return {"op": "remove", "path": base + "/missing" + str(rng.randint(0, 9))}
        if kind == 2:
            return {"op": "add", "path": base + "/tags/" + str(rng.randint(10**5, 10**6)), "value": 1}
        if kind == 3:
            return {"op": "replace", "path": base + "/scores/-", "value": 5}
        return {"op": "move", "from": base, "path": base + "/meta/x"}
    if mode == "append" and r < 0.7:
        arr = rng.choice(["tags", "scores"])
        node = doc.root["users"].get(base[7:])
        node = node.get(arr) if isinstance(node, dict) else None
        at = str(rng.randint(0, len(node))) if isinstance(node, list) and rng.random() < 0.5 else "-"
        return {"op": "add", "path": base + "/" + arr + "/" + at, "value": scalar()}
    r = rng.random()
    if r < 0.25:
        path, node = container(base)
        if isinstance(node, dict):
            return {"op": "add", "path": path + "/" + esc(text(1, 5)), "value": small()}
        return {"op": "add", "path": path + "/" + rng.choice(["-", str(rng.randint(0, len(node)))]), "value": small()}
    if r < 0.45:
        path, node = pick(base)
        return {"op": "replace", "path": path, "value": small()}
    if r < 0.6:
        path, node = pick(base)
        if path.count("/") > 3 or rng.random() < 0.3:
            return {"op": "remove", "path": path}
        return {"op": "remove", "path": base + "/tags/0"}
    if r < 0.75:
        path, node = pick(base)
        return {"op": "test", "path": path, "value": json.loads(json.dumps(node))}
    if r < 0.87:
        src, node = pick("/users/" + rng.choice(uids))
        dst, holder = container(base)
        if len(json.dumps(node)) > 300:
            src = src[: src.rindex("/")] + "/name"
        key = "-" if isinstance(holder, list) else esc(text(1, 4))
        return {"op": "copy", "from": src, "path": dst + "/" + key}
    src, node = pick(base)
    dst, holder = container("/users/" + rng.choice(uids))
    key = "-" if isinstance(holder, list) else esc(text(1, 4))
    return {"op": "move", "from": src, "path": dst + "/" + key}


lines = [first_line, str(patches)]
for _ in range(patches):
    n = rng.randint(1, per)
    fail_at = rng.randrange(n) if rng.random() < 0.1 else -1
    ops = []
    doc.undo = []
    failed = False
    for i in range(n):
        op = make_op(i == fail_at)
        ops.append(op)
        if not failed:
            try:
                doc.apply(op)
            except Failed:
                failed = True
    if failed:
        for step in reversed(doc.undo):
            step()
    lines.append(json.dumps(ops))
print("\n".join(lines))
