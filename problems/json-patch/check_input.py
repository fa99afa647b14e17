"""Input validator for json-patch: exits 0 if the input is valid, else prints why and exits 1.

It checks the syntax and sizes, then applies the patches (as the statement defines them) to check
the limits that depend on the document as it evolves: copies of at most 100 values, a document
of at most 3 * 10^5 values and arrays of at most 1000 elements.
"""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


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




TEXT = re.compile(r'[ !#-\[\]-~]{0,20}\Z')  # printable ASCII except '"' and '\'
POINTER = re.compile(r'(/([^~]|~[01])*)?\Z')


def no_dup(pairs):
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        fail("an object has a repeated key")
    return dict(pairs)


def no_float(text):
    fail("numbers are integers")


def load(line, what):
    try:
        return json.loads(line, object_pairs_hook=no_dup, parse_float=no_float,
                          parse_constant=no_float)
    except ValueError as e:
        fail("%s is not JSON: %s" % (what, e))


def count(v, depth, what, max_depth):
    """Number of values in v, checking strings, keys, numbers and depth."""
    if depth > max_depth:
        fail("%s nests deeper than %d levels" % (what, max_depth))
    if isinstance(v, bool) or v is None:
        return 1
    if isinstance(v, int):
        if abs(v) > 10**9:
            fail("%s: integers are within [-10^9, 10^9]" % what)
        return 1
    if isinstance(v, str):
        if not TEXT.match(v):
            fail("%s: strings are 0 to 20 printable ASCII characters without '\"' or '\\'" % what)
        return 1
    if isinstance(v, list):
        if len(v) > 1000:
            fail("%s: arrays have at most 1000 elements" % what)
        return 1 + sum(count(x, depth + 1, what, max_depth) for x in v)
    n = 1
    for k, x in v.items():
        if not TEXT.match(k):
            fail("%s: keys are 0 to 20 printable ASCII characters without '\"' or '\\'" % what)
        n += count(x, depth + 1, what, max_depth)
    return n


def size(v):
    if isinstance(v, list):
        return 1 + sum(size(x) for x in v)
    if isinstance(v, dict):
        return 1 + sum(size(x) for x in v.values())
    return 1


class Sized(Doc):
    """Doc that tracks its number of values."""

    def set_root(self, value):
        self.values += size(value) - size(self.root)
        Doc.set_root(self, value)

    def add(self, toks, value):
        if toks:
            node = self.parent(toks)
            if isinstance(node, dict) and toks[-1] in node:
                self.values -= size(node[toks[-1]])
        Doc.add(self, toks, value)
        if toks:
            self.values += size(value)
            if isinstance(node, list) and len(node) > 1000:
                fail("an array grows past 1000 elements")

    def remove(self, toks):
        old = Doc.remove(self, toks)
        self.values -= size(old)
        return old

    def replace(self, toks, value):
        old_size = size(self.get(toks))
        Doc.replace(self, toks, value)
        if toks:
            self.values += size(value) - old_size


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if len(lines) < 2:
    fail("the input has the document, q and q patches")
root = load(lines[0], "the document")
n = count(root, 1, "the document", 20)
if n > 10**5:
    fail("the document has at most 10^5 values")
if not re.match(r"[1-9][0-9]*\Z", lines[1]) or not 1 <= int(lines[1]) <= 10**4:
    fail("1 <= q <= 10^4")
q = int(lines[1])
if len(lines) != q + 2:
    fail("expected %d patch lines, got %d" % (q, len(lines) - 2))
doc = Sized(root)
doc.values = n
total = 0
for p in range(q):
    ops = load(lines[2 + p], "patch %d" % (p + 1))
    if not isinstance(ops, list) or not 1 <= len(ops) <= 100:
        fail("patch %d: a list of 1 to 100 operations" % (p + 1))
    total += len(ops)
    for i, op in enumerate(ops):
        where = "patch %d operation %d" % (p + 1, i)
        if not isinstance(op, dict) or op.get("op") not in ("add", "remove", "replace", "move", "copy", "test"):
            fail(where + ": an object with op add, remove, replace, move, copy or test")
        keys = {"add": {"value"}, "replace": {"value"}, "test": {"value"}, "remove": set(),
                "move": {"from"}, "copy": {"from"}}[op["op"]] | {"op", "path"}
        if set(op) != keys:
            fail(where + ": the keys of a %s operation are %s" % (op["op"], sorted(keys)))
        for k in ("path", "from"):
            if k in op and not (isinstance(op[k], str) and len(op[k]) <= 100 and POINTER.match(op[k])):
                fail(where + ": %s is a JSON pointer of at most 100 characters" % k)
        if "value" in op and count(op["value"], 1, where, 10) > 100:
            fail(where + ": a value has at most 100 values")
    # Apply the patch as the statement defines it, checking copies and the document's size.
    doc.undo = []
    start = doc.values
    for i, op in enumerate(ops):
        try:
            if op["op"] == "copy" and size(doc.get(tokens(op["from"]))) > 100:
                fail("patch %d operation %d: a copy copies at most 100 values" % (p + 1, i))
            doc.apply(op)
        except Failed:
            for step in reversed(doc.undo):
                step()
            doc.values = start
            break
        if doc.values > 3 * 10**5:
            fail("patch %d operation %d: the document grows past 3 * 10^5 values" % (p + 1, i))
if total > 2 * 10**5:
    fail("at most 2 * 10^5 operations in total")
