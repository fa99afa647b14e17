"""judge's Python harness for LeetCode-style function and design problems.

Usage (see docs/function-problems.md for the protocol):

    python3 -S -s -B harness.py [--check] SOLUTION_COPY.py [SHOWN_PATH]

stdin is one JSON document describing the signature (and, in run mode, the arguments or the
calls). The result is written to `__judge_result.json` in the working directory, opened before
any user code runs. Exit codes:

    0  result written (`{"ok": ...}`; a value of the wrong type is still `ok`: a wrong answer)
    1  the user's code raised (traceback of the user's frames on stderr; for a design problem
       `{"failed_call": i, "partial": [...]}` is written first), or the file does not load
    2  the solution does not fit the signature (`{"signature_error": ...}`, message on stderr)
    3  the problem is malformed (bad document, argument not matching its declared type), or
       an internal error of this harness: not the solution's fault

The user's stdout is left alone: the harness never prints on stdout.
Only the standard library is used; startup imports are limited to what LeetCode pre-imports
(plus json); `inspect`, `difflib` and `traceback` are imported only on the error paths.
"""

import sys
import json
import builtins

# What LeetCode pre-imports for Python 3 solutions.
import typing
import collections
import heapq
import bisect
import itertools
import functools
import math
import string
import re
import random
import operator
import types
# The calling thread's CPU clock: the process's clock ticks in steps of a scheduler tick (4 ms)
# in the sandbox, whose CPU limit makes the kernel sample it only then.
from time import thread_time as _cpu

RESULT_FILE = "__judge_result.json"

# Python's default limit (1000) is far too low for LeetCode-style recursion: trees and lists of
# up to 10^5 nodes (a path-shaped tree makes a recursive DFS 10^5 calls deep, plus the harness's
# own frames), and memoized recursion through `@cache` / `@lru_cache`, which counts two levels per
# call. 10^6 covers these with room to spare; a runaway recursion then ends in MemoryError or the
# memory limit instead of RecursionError. Since 3.11, Python-to-Python calls do not use
# the C stack; recursion through C (e.g. `@cache`) does, and the sandbox's stack limit (at least
# 8 MB, normally 3/4 of the memory limit) holds it; beyond that, a segfault is still an RE.
RECURSION_LIMIT = 1000000

# A returned linked list or tree with more nodes than this is taken to be cyclic.
NODE_LIMIT = 10**6

EXIT_USER_ERROR = 1
EXIT_SIGNATURE = 2
EXIT_PROBLEM = 3


class ProblemError(Exception):
    """The document or an input does not match the declared signature: a bug in the problem."""


class SignatureError(Exception):
    """The solution does not fit the declared signature."""


class NodeLimitError(Exception):
    """A returned ListNode / TreeNode is cyclic or absurdly large (raised as the user's error)."""


# ---------------------------------------------------------------------------------------------
# LeetCode's node classes and the prelude


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return _list_repr(self)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return _tree_repr(self)


_REPR_LIMIT = 10000


def _list_repr(node):
    # Iterative (no recursion limit, no C-stack use), bounded (a cycle does not hang a print).
    parts = []
    n = 0
    while isinstance(node, ListNode) and n < _REPR_LIMIT:
        parts.append("ListNode{val: %r, next: " % (node.val,))
        node = node.next
        n += 1
    tail = "..." if isinstance(node, ListNode) else repr(node)
    return "".join(parts) + tail + "}" * n


class _Lit(str):
    pass


def _tree_repr(root):
    out = []
    stack = [root]
    n = 0
    while stack:
        item = stack.pop()
        if type(item) is _Lit:
            out.append(item)
        elif not isinstance(item, TreeNode):
            out.append(repr(item))
        elif n >= _REPR_LIMIT:
            out.append("...")
        else:
            n += 1
            stack.append(_Lit("}"))
            stack.append(item.right)
            stack.append(_Lit(", right: "))
            stack.append(item.left)
            stack.append(_Lit("TreeNode{val: %r, left: " % (item.val,)))
    return "".join(out)


class _Quitter:
    """`exit` and `quit`, as the `site` module (not imported under -S) defines them."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _LazyModule(types.ModuleType):
    """A module of LeetCode's namespace that is imported when one of its names is first read."""

    def _load(self):
        import importlib
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)
        return module

    def __getattr__(self, name):
        return getattr(self._load(), name)

    def __dir__(self):
        return dir(self._load())


class _BisectModule(types.ModuleType):
    """The `bisect` module that can also be called as the function `bisect.bisect`.

    LeetCode's preamble makes both `bisect.bisect_left(a, x)` and `bisect(a, x)` usable."""

    def __call__(self, *args, **kwargs):
        return bisect.bisect(*args, **kwargs)


# LeetCode's Python 3 namespace: these modules by name, and the public names of most of them as if
# star-imported. A name that would hide a builtin (`pow` of math or operator, `compile` of re,
# `open` of io) is left out, so `pow(a, b, m)` keeps working as it does on LeetCode.
_PRELUDE_MODULES = (
    "collections", "heapq", "bisect", "itertools", "functools", "math", "string", "re",
    "random", "operator", "sys", "typing", "copy", "datetime", "statistics", "json", "io",
    "array", "decimal", "fractions", "numbers", "enum", "time",
)
# Pre-imported modules that import themselves when first used: `dataclasses` imports `inspect`,
# which costs a sixth of an interpreter's start with every other pre-import, for the few
# solutions that write `dataclasses.` without importing it.
_LAZY_MODULES = ("dataclasses",)
_STAR_IMPORTED = (
    "typing", "collections", "heapq", "bisect", "itertools", "functools", "math", "string",
    "operator", "copy", "statistics", "random", "datetime", "decimal", "fractions",
)
# What third-party packages LeetCode provides without an import, when installed for the
# interpreter that runs the solution.
_THIRD_PARTY = {"sortedcontainers": ("SortedList", "SortedDict", "SortedSet", "SortedKeyList")}


def _public_names(module):
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in dir(module) if not n.startswith("_")]
    return names


def _site_packages():
    """The interpreter's own site-packages (never the user site), which `-S` leaves off
    sys.path. Importing `site` under `-S` does not run its set-up: only asks it where they are
    (Debian's interpreters answer with their dist-packages folders)."""
    try:
        import site
        paths = site.getsitepackages()
    except (ImportError, AttributeError, OSError):  # a virtualenv's old-style site.py
        import sysconfig
        paths = [sysconfig.get_paths()[k] for k in ("purelib", "platlib")]
    out = []
    for path in paths:
        if path not in out and path not in sys.path:
            out.append(path)
    return out


def _prelude():
    import importlib
    g = {}
    shadowing = set(dir(builtins))
    modules = {}
    for name in _PRELUDE_MODULES:
        try:
            modules[name] = importlib.import_module(name)
        except ImportError:  # a trimmed-down interpreter: the rest still works
            pass
    for name in _STAR_IMPORTED:
        module = modules.get(name)
        if module is None:
            continue
        for attr in _public_names(module):
            if attr in shadowing or attr in g:
                continue
            try:
                g[attr] = getattr(module, attr)
            except AttributeError:
                pass
    bisect_module = _BisectModule("bisect", bisect.__doc__)
    bisect_module.__dict__.update(
        (k, v) for k, v in bisect.__dict__.items() if k not in ("__name__", "__doc__"))
    g.update(modules)
    for name in _LAZY_MODULES:
        g[name] = sys.modules.get(name) or _LazyModule(name)
    g["bisect"] = bisect_module
    # Older interpreters lack some of LeetCode's names (functools.cache is 3.9+,
    # itertools.pairwise 3.10+): the rest of the prelude works without them.
    for path in _site_packages():
        sys.path.append(path)
    for package, names in _THIRD_PARTY.items():
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        g[package] = module
        for name in names:
            if hasattr(module, name):
                g[name] = getattr(module, name)
    g["ListNode"] = ListNode
    g["TreeNode"] = TreeNode
    g["Interval"] = Interval
    return g


# ---------------------------------------------------------------------------------------------
# Types: `int|long|double|bool|string|char|ListNode|TreeNode|void|list<T>|T?`

_PRIMITIVES = ("int", "long", "double", "bool", "string", "char", "ListNode", "TreeNode",
               "GraphNode", "RandomListNode", "Interval", "void")
# Types whose Python class is LeetCode's `Node` (a different one for each problem).
_NODE_TYPES = ("GraphNode", "RandomListNode")


class GraphNode:
    """LeetCode's `Node` of clone-graph."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []


class RandomListNode:
    """LeetCode's `Node` of copy-list-with-random-pointer."""

    def __init__(self, x=0, next=None, random=None):
        self.val = int(x)
        self.next = next
        self.random = random


class Interval:
    """LeetCode's `Interval` (employee-free-time): a closed range written as `[start, end]`."""

    def __init__(self, start=None, end=None):
        self.start = start
        self.end = end


def _node_class_for(doc):
    """The class a problem's `Node` is: the graph node or the random-pointer node."""
    texts = [p.get("type", "") for p in doc.get("params") or [] if isinstance(p, dict)]
    texts.append(doc.get("returns") or "")
    for text in texts:
        if isinstance(text, str) and "GraphNode" in text:
            return GraphNode
        if isinstance(text, str) and "RandomListNode" in text:
            return RandomListNode
    return None


def _graph_nodes(start):
    """The nodes reachable from `start`, in breadth-first order."""
    out, seen = [], set()
    queue = collections.deque([start] if start is not None else [])
    while queue:
        node = queue.popleft()
        if id(node) in seen:
            continue
        seen.add(id(node))
        out.append(node)
        queue.extend(getattr(node, "neighbors", None) or [])
    return out


def _random_list_nodes(head):
    out, seen = [], set()
    while head is not None and id(head) not in seen:
        seen.add(id(head))
        out.append(head)
        head = getattr(head, "next", None)
    return out


def _structure_nodes(t, v):
    """The nodes of a GraphNode or RandomListNode value (for the deep-copy check)."""
    if t.kind == "GraphNode":
        return _graph_nodes(v)
    if t.kind == "RandomListNode":  # through next and random pointers
        out, seen, stack = [], set(), [v]
        while stack:
            node = stack.pop()
            if node is None or id(node) in seen:
                continue
            seen.add(id(node))
            out.append(node)
            stack.append(getattr(node, "next", None))
            stack.append(getattr(node, "random", None))
        return out
    return []


class Type:
    __slots__ = ("kind", "inner", "text")

    def __init__(self, kind, inner, text):
        self.kind = kind  # one of _PRIMITIVES, "list", "opt"
        self.inner = inner
        self.text = text

    def __str__(self):
        return self.text


_type_cache = {}


def parse_type(text, allow_void=False):
    if not isinstance(text, str):
        raise ProblemError("type %s is not a string" % json.dumps(text))
    t = _type_cache.get(text)
    if t is None:
        t = _parse_type(text.replace(" ", ""), text)
        _type_cache[text] = t
    if _contains_void(t) and not (allow_void and t.kind == "void"):
        raise ProblemError("type %r: void is only allowed as a return type" % text)
    return t


def _parse_type(s, whole):
    if s.endswith("?") and len(s) > 1:
        return Type("opt", _parse_type(s[:-1], whole), s)
    if s.startswith("list<") and s.endswith(">"):
        return Type("list", _parse_type(s[5:-1], whole), s)
    if s == "uint":  # an unsigned 32-bit integer; a Python int like any other
        return Type("int", None, s)
    if s in _PRIMITIVES:
        return Type(s, None, s)
    raise ProblemError(
        "unknown type %r (expected int, uint, long, double, bool, string, char, ListNode, TreeNode, "
        "Interval, void, list<T> or T?)" % whole)


def _contains_void(t):
    while t.kind in ("list", "opt"):
        t = t.inner
    return t.kind == "void"


# ---------------------------------------------------------------------------------------------
# JSON -> Python (arguments)


def _short_json(v):
    try:
        s = json.dumps(v)
    except (TypeError, ValueError):
        s = repr(v)
    return s if len(s) <= 80 else s[:77] + "..."


def _bad_input(t, v, where):
    raise ProblemError("%s: expected %s, got %s" % (where, t, _short_json(v)))


class _Where:
    """Where a value is in the input (`where` and then `fmt % arg`), put into words only when
    an error message needs it: formatting it for every element and argument of a large input
    cost more than decoding them."""

    __slots__ = ("where", "fmt", "arg")

    def __init__(self, where, fmt, arg):
        self.where, self.fmt, self.arg = where, fmt, arg

    def __str__(self):
        return "%s%s" % (self.where, self.fmt % self.arg)


# For the fast paths of `decode`: the types a list's elements may all have.
_INTS, _STRS, _LISTS, _ONE = {int}, {str}, {list}, {1}

# The Python types of the scalar kinds that decode to themselves (`Sig.plain`).
_PLAIN_TYPES = {"int": int, "long": int, "string": str, "bool": bool}


def _is_int(v):
    return type(v) is int or (type(v) is float and v.is_integer())


def decode(t, v, where, nodes):
    """Checks that the JSON value `v` is an encoding of type `t` and converts it.

    With `nodes` None, only checks (no user code runs: the node classes may be the user's);
    otherwise `nodes` is `(list_node_class, tree_node_class)`."""
    k = t.kind
    if k == "opt":
        return None if v is None else decode(t.inner, v, where, nodes)
    if k == "int" or k == "long":
        if type(v) is int:
            return v
        if type(v) is float and v.is_integer():
            return int(v)
        _bad_input(t, v, where)
    if k == "double":
        if type(v) is float or type(v) is int:
            return float(v)
        _bad_input(t, v, where)
    if k == "bool":
        if type(v) is bool:
            return v
        _bad_input(t, v, where)
    if k == "string":
        if type(v) is str:
            return v
        _bad_input(t, v, where)
    if k == "char":
        if type(v) is str and len(v) == 1:
            return v
        _bad_input(t, v, where)
    if k == "list":
        if type(v) is not list:
            _bad_input(t, v, where)
        ik = t.inner.kind
        # Fast paths for the common flat lists and grids: the parsed JSON list is used as is.
        if ik == "int" or ik == "long":
            if set(map(type, v)) <= _INTS:
                return v
        elif ik == "string":
            if set(map(type, v)) <= _STRS:
                return v
        elif ik == "char":
            if set(map(type, v)) <= _STRS and set(map(len, v)) <= _ONE:
                return v
        elif ik == "list" and set(map(type, v)) <= _LISTS:
            iik = t.inner.inner.kind
            cells = itertools.chain.from_iterable
            if iik == "int" or iik == "long":
                if set(map(type, cells(v))) <= _INTS:
                    return v
            elif iik == "string" or iik == "char":
                if set(map(type, cells(v))) <= _STRS and (
                        iik == "string" or set(map(len, cells(v))) <= _ONE):
                    return v
        inner = t.inner
        return [decode(inner, x, _Where(where, "[%d]", i), nodes) for i, x in enumerate(v)]
    if k == "ListNode":
        if v is None:
            v = []
        if type(v) is not list:
            _bad_input(t, v, where)
        for i, x in enumerate(v):
            if not _is_int(x):
                _bad_input("int (a ListNode value)", x, "%s[%d]" % (where, i))
        if nodes is None:
            return None
        cls = nodes[0]
        head = None
        for x in reversed(v):
            node = cls(int(x))
            node.next = head
            head = node
        return head
    if k == "Interval":
        if type(v) is not list or len(v) != 2 or not all(_is_int(x) for x in v):
            _bad_input(t, v, where)
        if nodes is None:
            return None
        return nodes[3](int(v[0]), int(v[1]))
    if k == "GraphNode":
        if type(v) is not list or any(type(row) is not list for row in v):
            _bad_input(t, v, where)
        if nodes is None:
            return None
        cls = nodes[2] or GraphNode
        built = [cls(i + 1) for i in range(len(v))]
        for node, row in zip(built, v):
            node.neighbors = [built[j - 1] for j in row]
        return built[0] if built else None
    if k == "RandomListNode":
        if type(v) is not list or any(type(x) is not list or len(x) != 2 for x in v):
            _bad_input(t, v, where)
        if nodes is None:
            return None
        cls = nodes[2] or RandomListNode
        built = [cls(x[0]) for x in v]
        for i, node in enumerate(built):
            node.next = built[i + 1] if i + 1 < len(built) else None
            node.random = None if v[i][1] is None else built[v[i][1]]
        return built[0] if built else None
    if k == "TreeNode":
        if v is None:
            v = []
        if type(v) is not list:
            _bad_input(t, v, where)
        for i, x in enumerate(v):
            if x is not None and not _is_int(x):
                _bad_input("int or null (a TreeNode value)", x, "%s[%d]" % (where, i))
        if nodes is None:
            _check_level_order(v, t, where)
            return None
        return _build_tree(v, nodes[1])
    raise ProblemError("%s: type %s cannot be an argument" % (where, t))


def _nodes_of(root):
    """The nodes of a list or tree in order (a list's index order, a tree's level order); a
    cyclic list stops where it loops."""
    out = []
    seen = set()
    queue = collections.deque([root] if root is not None else [])
    while queue:
        node = queue.popleft()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        out.append(node)
        if hasattr(node, "next"):
            queue.append(node.next)
        else:
            queue.append(getattr(node, "left", None))
            queue.append(getattr(node, "right", None))
    return out


def _link_cycle(head, pos, where):
    """LeetCode's cyclic list: the tail's next is the node at index `pos` (-1: no cycle)."""
    if type(pos) is not int:
        raise ProblemError("%s: the cycle position must be an int" % where)
    if pos < 0:
        return
    nodes = _nodes_of(head)
    if pos >= len(nodes):
        raise ProblemError("%s: position %d is past the end of a list of %d nodes"
                           % (where, pos, len(nodes)))
    nodes[-1].next = nodes[pos]


def _find_node(root, value, where, owner):
    if value is None:
        return None
    for node in _nodes_of(root):
        if node.val == value:
            return node
    raise ProblemError("%s: no node of %s has the value %s" % (where, owner, value))


def _shares_nodes(sig, args, value):
    """Whether a returned graph or random list holds a node of the input (not a deep copy)."""
    given = set()
    for t, a in zip(sig.types, args):
        given.update(map(id, _structure_nodes(t, a)))
    return any(id(n) in given for n in _structure_nodes(sig.returns, value))


def _encode_node(value, root_nodes, by_index, owner):
    """A returned node, as LeetCode shows it: its value (or its index in the list), if it is a
    node of the input. LeetCode compares a returned tree node by the value it prints, and these
    trees' values are distinct: a new tree node with the value of exactly one node of the input
    is read as that node. Any other node (a list node not of the input, a value not in the
    tree) cannot compare equal."""
    if value is None:
        return None
    for i, node in enumerate(root_nodes):
        if node is value:
            return i if by_index else node.val
    if not by_index and _is_tree_node(value):
        same = [n for n in root_nodes if type(n.val) is type(value.val) and n.val == value.val]
        if len(same) == 1:
            return same[0].val
    return "a node that is not part of %s (%s)" % (owner, _short_repr(value))


class _Api:
    """An API the judge provides (LeetCode's isBadVersion, guess), counting its calls."""

    def __init__(self, name, secret, max_calls):
        self.name = name
        self.secret = secret
        self.max_calls = max_calls
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        if type(x) is not int:
            raise TypeError("%s() takes an int, not %s" % (self.name, type(x).__name__))
        if self.name == "isBadVersion":
            return x >= self.secret
        return 0 if x == self.secret else (-1 if x > self.secret else 1)

    def over_cap(self):
        if self.max_calls is not None and self.calls > self.max_calls:
            return "%s was called %d times; at most %d calls are allowed" % (
                self.name, self.calls, self.max_calls)
        return None


def _provide_api(spec, args, ns):
    if not spec:
        return None
    api = _Api(spec["name"], args[spec["uses"]], spec.get("max_calls"))
    ns[spec["name"]] = api  # a global of the solution's module, as on LeetCode
    return api


def _check_level_order(v, t, where):
    # Simulates LeetCode's construction: every value must have a parent.
    n = len(v)
    if n == 0 or v[0] is None:
        pending, i = 0, 1
    else:
        pending, i = 1, 1
    while pending and i < n:
        pending -= 1
        for _ in (0, 1):
            if i < n:
                if v[i] is not None:
                    pending += 1
                i += 1
    for j in range(i, n):
        if v[j] is not None:
            raise ProblemError(
                "%s: %s in level order: value %s at index %d has no parent node"
                % (where, t, _short_json(v[j]), j))


def _build_tree(v, cls):
    if not v or v[0] is None:
        return None

    def make(x):
        node = cls(int(x))
        node.left = None
        node.right = None
        return node

    root = make(v[0])
    queue = collections.deque([root])
    i, n = 1, len(v)
    while queue and i < n:
        node = queue.popleft()
        if v[i] is not None:
            node.left = make(v[i])
            queue.append(node.left)
        i += 1
        if i < n and v[i] is not None:
            node.right = make(v[i])
            queue.append(node.right)
        i += 1
    return root


# ---------------------------------------------------------------------------------------------
# Python -> JSON (returns)
#
# `encode` never fails on a value of the wrong type: where a value does not fit, it puts a
# best-effort JSON of it that cannot compare equal to any value of the declared type (a wrong
# answer that shows what was returned). Only a cyclic (or > NODE_LIMIT) list or tree raises.

_BIG_INT_BITS = 13000  # about 3900 digits, below the int-to-str limit of 4300 digits


_INT = Type("int", None, "int")


def encode(t, v):
    k = t.kind
    if k == "void":
        return None
    if k == "opt":
        return None if v is None else encode(t.inner, v)
    tv = type(v)
    if k == "int" or k == "long":
        if tv is int:
            if v.bit_length() > _BIG_INT_BITS:
                return "<int of %d bits>" % v.bit_length()
            return v
        if tv is bool:
            return int(v)
        return _mismatch(t, v)
    if k == "double":
        if tv is float:
            if v - v == 0.0:  # finite
                return v
            return _mismatch(t, v)
        if tv is int:
            return v if v.bit_length() <= _BIG_INT_BITS else _mismatch(t, v)
        return _mismatch(t, v)
    if k == "bool":
        if tv is bool:
            return v
        if tv is int and (v == 0 or v == 1):
            return bool(v)
        return _mismatch(t, v)
    if k == "string":
        return v if tv is str else _mismatch(t, v)
    if k == "char":
        return v if tv is str and len(v) == 1 else _mismatch(t, v)
    if k == "list":
        if tv is not list and tv is not tuple:
            if not _list_like(v):
                return _mismatch(t, v)
            v = list(v)
            tv = list
        ik = t.inner.kind
        if ik == "int" or ik == "long":
            if all(type(x) is int for x in v):
                if tv is list and not any(x.bit_length() > _BIG_INT_BITS for x in v):
                    return v
        elif ik == "string":
            if all(type(x) is str for x in v):
                return list(v)
        inner = t.inner
        return [encode(inner, x) for x in v]
    if k == "ListNode":
        if v is None:
            return []
        if not _is_list_node(v):
            return _mismatch(t, v)
        out = []
        n = 0
        while v is not None:
            n += 1
            if n > NODE_LIMIT:
                raise NodeLimitError(
                    "the returned ListNode has a cycle or more than %d nodes" % NODE_LIMIT)
            if not _is_list_node(v):
                out.append(_mismatch(t, v))
                break
            out.append(_encode_node_val(v.val))
            v = v.next
        return out
    if k == "Interval":
        # Any object with integer `start` and `end` (LeetCode's class or the solution's own);
        # a plain [start, end] list is not an Interval.
        if tv is list or tv is tuple or not hasattr(v, "start") or not hasattr(v, "end"):
            return _mismatch(t, v)
        return [encode(_INT, v.start), encode(_INT, v.end)]
    if k == "GraphNode":
        # The adjacency list by node value, as LeetCode writes it (values are 1..n).
        nodes = _graph_nodes(v)
        if len(nodes) > NODE_LIMIT:
            raise NodeLimitError("the returned graph has more than %d nodes" % NODE_LIMIT)
        if any(not hasattr(n, "val") or not hasattr(n, "neighbors") for n in nodes):
            return _mismatch(t, v)
        by_val = sorted(nodes, key=lambda n: n.val if type(n.val) is int else 0)
        return [[getattr(m, "val", None) for m in n.neighbors] for n in by_val]
    if k == "RandomListNode":
        nodes = _random_list_nodes(v)
        index = {id(n): i for i, n in enumerate(nodes)}
        if any(not hasattr(n, "val") for n in nodes):
            return _mismatch(t, v)
        out = []
        for n in nodes:
            r = getattr(n, "random", None)
            out.append([n.val, None if r is None else index.get(id(r), "a node not in the list")])
        return out
    if k == "TreeNode":
        if v is None:
            return []
        if not _is_tree_node(v):
            return _mismatch(t, v)
        out = []
        queue = collections.deque([v])
        n = 0
        while queue:
            node = queue.popleft()
            if node is None:
                out.append(None)
                continue
            n += 1
            if n > NODE_LIMIT:
                raise NodeLimitError(
                    "the returned TreeNode has a cycle or more than %d nodes" % NODE_LIMIT)
            if not _is_tree_node(node):
                out.append(_mismatch(t, node))
                continue
            out.append(_encode_node_val(node.val))
            queue.append(node.left)
            queue.append(node.right)
        while out and out[-1] is None:
            out.pop()
        return out
    raise ProblemError("cannot encode type %s" % t)


_INT_TYPE = Type("int", None, "int")
_OPT_INT_TYPE = Type("opt", _INT_TYPE, "int?")


def _encode_node_val(x):
    # LeetCode prints a node's value as text, so a codec that rebuilds a tree with the values
    # as strings ("5") prints the same tree and is accepted there: so here. Only the canonical
    # text of an int ("05", " 5" and "5.0" print differently).
    if type(x) is str and x.isascii() and len(x) <= 20:
        try:
            n = int(x)
        except ValueError:
            n = None
        if n is not None and str(n) == x:
            return encode(_INT_TYPE, n)
    return encode(_INT_TYPE, x)


def _is_list_node(v):
    return hasattr(v, "val") and hasattr(v, "next") and not isinstance(v, (list, tuple, str))


def _is_tree_node(v):
    return hasattr(v, "val") and hasattr(v, "left") and hasattr(v, "right")


def _list_like(v):
    """What LeetCode's serializer turns into a list: any iterable but a string, bytes or a
    mapping (a tuple, a deque, `d.values()`, a generator, `map(...)`, a set: accepted there
    where any order is, in its iteration order, as here)."""
    if isinstance(v, (str, bytes, bytearray, dict)):
        return False
    try:
        iter(v)
    except TypeError:
        return False
    return True


def _mismatch(t, v):
    """A JSON for `v`, which does not fit `t`, that will not compare equal to a value of `t`."""
    j = _generic(v, 0)
    if _fits_loosely(t, j):
        # E.g. a float for int (numbers compare with a tolerance), a Python list for ListNode:
        # show it as a string that says what it is.
        return "%s (%s, not %s)" % (_short_repr(v), type(v).__name__, t)
    return j


def _short_repr(v):
    try:
        r = repr(v)
    except Exception:
        r = "<%s object>" % type(v).__name__
    return r if len(r) <= 200 else r[:197] + "..."


def _generic(v, depth):
    """Best-effort JSON of any value."""
    tv = type(v)
    if v is None or tv is bool or tv is str:
        return v
    if tv is int:
        return v if v.bit_length() <= _BIG_INT_BITS else "<int of %d bits>" % v.bit_length()
    if tv is float:
        return v if v - v == 0.0 else repr(v)
    if (tv is list or tv is tuple) and depth < 100:
        return [_generic(x, depth + 1) for x in v]
    if depth < 100 and _is_list_node(v) and not hasattr(v, "left"):
        out = []
        while v is not None and len(out) < NODE_LIMIT:
            out.append(_generic(getattr(v, "val", None), depth + 1))
            v = getattr(v, "next", None)
        if v is not None:
            out.append("...")
        return out
    if depth < 100 and _is_tree_node(v):
        out = []
        queue = collections.deque([v])
        while queue and len(out) < NODE_LIMIT:
            node = queue.popleft()
            if node is None or not _is_tree_node(node):
                out.append(None if node is None else _short_repr(node))
                continue
            out.append(_generic(node.val, depth + 1))
            queue.append(node.left)
            queue.append(node.right)
        while out and out[-1] is None:
            out.pop()
        return out
    return _short_repr(v)


def _fits_loosely(t, j):
    """Whether the JSON `j` could compare equal to some encoding of `t` (numbers compare
    with a tolerance, so any number fits any numeric type)."""
    k = t.kind
    if k == "opt":
        return j is None or _fits_loosely(t.inner, j)
    if k in ("int", "long", "double"):
        return type(j) in (int, float)
    if k == "bool":
        return type(j) is bool
    if k == "string":
        return type(j) is str
    if k == "char":
        return type(j) is str and len(j) == 1
    if k == "list":
        return type(j) is list and all(_fits_loosely(t.inner, x) for x in j)
    if k == "ListNode":
        return type(j) is list and all(type(x) in (int, float) for x in j)
    if k == "TreeNode":
        return type(j) is list and all(x is None or type(x) in (int, float) for x in j)
    return True


# ---------------------------------------------------------------------------------------------
# The stdin document


class Sig:
    """A parameter list and return type."""

    def __init__(self, params, returns, where):
        if not isinstance(params, list):
            raise ProblemError("%s: params must be a list" % where)
        self.all_names = []
        self.types = []
        # Links between parameters (function problems): a hidden parameter is in the input but
        # not passed (`pos` of a cyclic list); `cycle` points a ListNode at the hidden index
        # its tail links back to; `node_of` makes a parameter a node of another one's structure,
        # given by value in the input.
        self.hidden = []
        self.cycle = {}
        self.node_of = {}
        for i, p in enumerate(params):
            if not isinstance(p, dict) or not isinstance(p.get("name"), str):
                raise ProblemError("%s: each param must be {name, type}" % where)
            self.all_names.append(p["name"])
            self.types.append(parse_type(p.get("type")))
            self.hidden.append(p.get("hidden") is True)
            for key, table in (("cycle", self.cycle), ("node_of", self.node_of)):
                j = p.get(key)
                if j is None:
                    continue
                if type(j) is not int or not 0 <= j < len(params) or j == i:
                    raise ProblemError("%s: `%s` of %s must be another parameter's index"
                                       % (where, key, p["name"]))
                table[i] = j
        # The parameters the solution takes.
        self.names = [n for n, h in zip(self.all_names, self.hidden) if not h]
        self.returns = parse_type(returns, allow_void=True) if returns is not None else None
        # Arguments that are all plain ints, strings or booleans (most calls of a design
        # problem) are checked in one pass and used as parsed, with no words spent on where
        # each one is: a design test makes up to 2 * 10^5 calls, and that was most of the
        # harness's time.
        plain = [_PLAIN_TYPES.get(t.kind) for t in self.types]
        self.plain = plain if all(plain) and not self.cycle and not self.node_of else None

    def decode_args(self, args, where, nodes):
        """The arguments `args` decoded; `where` (words, or a function that returns them, called
        only for an error message) says whose arguments they are."""
        if type(args) is list and list(map(type, args)) == self.plain:
            return list(args)
        if callable(where):
            where = where()
        if not isinstance(args, list):
            raise ProblemError("%s: the arguments must be a list" % where)
        if len(args) != len(self.types):
            raise ProblemError("%s: %d argument(s) given, the signature has %d (%s)"
                               % (where, len(args), len(self.types), ", ".join(self.all_names)))
        out = []
        for i, (t, a, n) in enumerate(zip(self.types, args, self.all_names)):
            # A node argument is written as the node's value.
            dt = _OPT_INT_TYPE if i in self.node_of else t
            out.append(decode(dt, a, _Where(where, " argument %s", n), nodes))
        if nodes is not None:
            for i, j in self.cycle.items():
                _link_cycle(out[i], out[j], "%s argument %s" % (where, self.all_names[j]))
            for i, j in self.node_of.items():
                out[i] = _find_node(out[j], out[i], "%s argument %s" % (where, self.all_names[i]),
                                    self.all_names[j])
        return out

    def passed(self, args):
        """The arguments the solution is called with (not the hidden ones)."""
        return [a for a, h in zip(args, self.hidden) if not h]


def _snake(name):
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


def read_document(check):
    try:
        raw = sys.stdin.buffer.read()
        doc = json.loads(raw)
    except (ValueError, OSError) as e:
        raise ProblemError("the harness input (stdin) is not a JSON document: %s" % e)
    if not isinstance(doc, dict):
        raise ProblemError("the harness input (stdin) must be a JSON object")
    kind = doc.get("kind")
    if kind == "function":
        function = doc.get("function")
        if not isinstance(function, str) or not function:
            raise ProblemError("function: missing name")
        doc["_sig"] = Sig(doc.get("params"), doc.get("returns", "void"), "function")
        for key in ("answer", "returns_node_of"):
            index = doc.get(key)
            if index is not None and not (
                    type(index) is int and 0 <= index < len(doc["_sig"].types)):
                raise ProblemError("function: `%s` must be the index of a parameter" % key)
        pf = doc.get("python_function")
        doc["_pyname"] = pf if isinstance(pf, str) and pf else _snake(function)
        if not check:
            doc["_sig"].decode_args(doc.get("args"), "input:", None)
    elif kind == "design":
        cls = doc.get("class")
        if not isinstance(cls, str) or not cls:
            raise ProblemError("design: missing class name")
        ctor = doc.get("constructor") or {}
        if not isinstance(ctor, dict):
            raise ProblemError("design: constructor must be an object")
        doc["_ctor"] = Sig(ctor.get("params", []), None, "constructor")
        methods = doc.get("methods") or {}
        if not isinstance(methods, dict):
            raise ProblemError("design: methods must be an object")
        doc["_methods"] = {}
        for name, m in methods.items():
            if not isinstance(m, dict):
                raise ProblemError("design: method %s must be an object" % name)
            doc["_methods"][name] = Sig(m.get("params", []), m.get("returns", "void"), name)
        if not check:
            calls, args = doc.get("calls"), doc.get("args")
            if not isinstance(calls, list) or not isinstance(args, list) or not calls:
                raise ProblemError("design: calls and args must be non-empty lists")
            if len(calls) != len(args):
                raise ProblemError("design: %d calls but %d argument lists"
                                   % (len(calls), len(args)))
            if calls[0] != cls:
                raise ProblemError("design: calls[0] must be the class %s, not %s"
                                   % (cls, _short_json(calls[0])))
            for i, (c, a) in enumerate(zip(calls, args)):
                if i == 0:
                    doc["_ctor"].decode_args(a, "call 0 (%s):" % cls, None)
                    continue
                if not isinstance(c, str) or c not in doc["_methods"]:
                    raise ProblemError("design: call %d is %s, which is not a declared method"
                                       % (i, _short_json(c)))
                doc["_methods"][c].decode_args(a, lambda: "call %d (%s):" % (i, c), None)
    else:
        raise ProblemError("the harness input has kind %s; expected function or design"
                           % _short_json(kind))
    return doc


# ---------------------------------------------------------------------------------------------
# Signature checks (error paths import inspect and difflib lazily)


def _did_you_mean(words, names):
    import difflib
    best, best_ratio = None, 0.0
    names = sorted(set(names))
    for w in words:
        for m in difflib.get_close_matches(w, names, n=1, cutoff=0.6):
            r = difflib.SequenceMatcher(None, w, m).ratio()
            if r > best_ratio:
                best, best_ratio = m, r
        if best is None:  # twoSum vs two_sum vs TwoSum
            norm = w.replace("_", "").lower()
            for m in names:
                if m.replace("_", "").lower() == norm:
                    best, best_ratio = m, 1.0
    return "; did you mean %s?" % best if best else ""


def _param_list(sig, self_name=True):
    names = (["self"] if self_name else []) + sig.names
    return "(%s)" % ", ".join(names)


def _user_defined(ns, prelude, kind):
    out = []
    for name, value in ns.items():
        if name.startswith("__") or (name in prelude and prelude[name] is value):
            continue
        if kind == "class" and isinstance(value, type):
            out.append(name)
        elif kind == "callable" and (isinstance(value, type) or callable(value)):
            out.append(name)
    return out


def _class_members(cls):
    return [n for n in dir(cls) if not (n.startswith("__") and n.endswith("__"))]


def _plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def check_arity(obj, label, sig, kind):
    """Raises SignatureError when `obj` cannot be called with the problem's arguments.

    kind: "method" (obj is the class attribute, self is bound by the call), "function" or
    "class" (the constructor)."""
    import inspect
    skip = 0
    target = obj
    if kind == "method":
        if isinstance(obj, staticmethod):
            target = obj.__func__
        elif isinstance(obj, classmethod):
            target, skip = obj.__func__, 1
        elif isinstance(obj, types.FunctionType) or hasattr(type(obj), "__get__"):
            skip = 1
    if not callable(target):
        raise SignatureError("%s is not a method (expected def %s%s)"
                             % (label, label.rsplit(".", 1)[-1], _param_list(sig)))
    try:
        s = inspect.signature(target)
    except (TypeError, ValueError):
        return  # builtins without a signature: let the call tell
    params = list(s.parameters.values())
    if skip and params and params[0].kind in (params[0].POSITIONAL_ONLY,
                                               params[0].POSITIONAL_OR_KEYWORD):
        shown = params[1:]
    else:
        shown = params
    try:
        s.bind(*([None] * (skip + len(sig.names))))
    except TypeError:
        counted = [p for p in shown if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        raise SignatureError("%s takes %s (%s) but the problem passes %d (%s)" % (
            label, _plural(len(counted), "parameter"), ", ".join(str(p) for p in shown),
            len(sig.names), ", ".join(sig.names)))


def resolve_function(ns, prelude, doc, shown):
    """Returns (kind, obj, label): ("method", Solution, name) or ("function", f, name)."""
    name, pyname, sig = doc["function"], doc["_pyname"], doc["_sig"]
    sol = ns.get("Solution")
    if isinstance(sol, type) and not (prelude.get("Solution") is sol):
        if hasattr(sol, name):
            return "method", sol, name
    else:
        sol = None
    for cand in (pyname, name):
        f = ns.get(cand)
        if (f is not None and callable(f) and not isinstance(f, type)
                and not (cand in prelude and prelude[cand] is f)):
            return "function", f, cand
    if sol is not None:
        raise SignatureError(
            "no method %s on class Solution (expected def %s%s)%s"
            % (name, name, _param_list(sig), _did_you_mean([name, pyname], _class_members(sol))))
    import os
    raise SignatureError(
        "no class Solution and no function %s in %s (expected class Solution with method "
        "%s%s, or a top-level def %s%s)%s"
        % (pyname, os.path.basename(shown), name, _param_list(sig), pyname,
           _param_list(sig, False),
           _did_you_mean(["Solution", pyname, name], _user_defined(ns, prelude, "callable"))))


def check_function(kind, obj, name, doc):
    sig = doc["_sig"]
    if kind == "method":
        try:
            check_arity(obj, "Solution.__init__", _NO_ARGS, "class")
        except SignatureError:
            raise SignatureError("class Solution must be constructible as Solution() (its "
                                 "__init__ must take no parameters besides self)")
        check_arity(_static_attr(obj, name), "Solution.%s" % name, sig, "method")
    else:
        check_arity(obj, name, sig, "function")


def resolve_class(ns, prelude, doc, shown):
    name = doc["class"]
    cls = ns.get(name)
    if isinstance(cls, type) and not (name in prelude and prelude[name] is cls):
        return cls
    import os
    methods = ", ".join("%s%s" % (m, _param_list(s)) for m, s in doc["_methods"].items())
    raise SignatureError("no class %s in %s (expected class %s with __init__%s%s%s)%s" % (
        name, os.path.basename(shown), name, _param_list(doc["_ctor"]),
        " and methods " if methods else "", methods,
        _did_you_mean([name], _user_defined(ns, prelude, "class"))))


def check_methods_exist(cls, doc, names):
    for m in names:
        if not hasattr(cls, m):
            raise SignatureError("no method %s on class %s (expected def %s%s)%s" % (
                m, cls.__name__, m, _param_list(doc["_methods"][m]),
                _did_you_mean([m], _class_members(cls))))


def check_design(cls, doc):
    check_arity(cls, "%s.__init__" % cls.__name__, doc["_ctor"], "class")
    for m, sig in doc["_methods"].items():
        check_arity(_static_attr(cls, m), "%s.%s" % (cls.__name__, m), sig, "method")


def _static_attr(cls, name):
    """The attribute as stored on the class (a function, staticmethod...), without binding."""
    import inspect
    try:
        return inspect.getattr_static(cls, name)
    except AttributeError:  # provided by a metaclass __getattr__: let the call tell
        return _UNCHECKABLE


def _uncheckable(*args, **kwargs):
    pass


_UNCHECKABLE = staticmethod(_uncheckable)


class _NoArgs:
    names = []


_NO_ARGS = _NoArgs()


# ---------------------------------------------------------------------------------------------
# Errors of the user's code


_PY2_NAMES = {
    "xrange": "range", "raw_input": "input", "unicode": "str", "basestring": "str",
    "unichr": "chr", "long": "int", "iteritems": "items", "itervalues": "values",
    "iterkeys": "keys", "has_key": "`key in d`",
}


def python2_hint(exc, source):
    """One line saying the file looks like Python 2, when the error and the source say so."""
    why = None
    text = str(exc)
    if isinstance(exc, SyntaxError):
        if "Missing parentheses in call to 'print'" in text or "Missing parentheses in call to 'exec'" in text:
            why = "a `print` statement; Python 3 needs print(...)"
        elif re.search(rb"^\s*except\s+[\w.]+\s*,\s*\w+\s*:", source, re.M):
            why = "`except X, e:`; Python 3 needs `except X as e:`"
    elif isinstance(exc, (NameError, AttributeError)):
        for old, new in _PY2_NAMES.items():
            if ("'%s'" % old) in text:
                why = "`%s`, which Python 3 calls %s" % (old, new)
                break
    elif isinstance(exc, TypeError) and "indices must be integers or slices, not float" in text:
        why = "an index computed with `/`, which gives a float in Python 3; use `//`"
    if why is None:
        return None
    return "hint: this file looks like Python 2 (%s); judge runs Python 3" % why


def print_user_exception(exc, shown, source):
    """Prints a traceback of the user's frames only, like Python would for the user's file."""
    try:
        import traceback
        import linecache
        if isinstance(exc, MemoryError):
            traceback.clear_frames(exc.__traceback__)  # free the user's data first
        _register_source(linecache, shown, source)
        info = {}
        _keep_user_frames(exc, shown, traceback._RECURSIVE_CUTOFF, info)
        te = traceback.TracebackException(type(exc), exc, exc.__traceback__)
        _attach_stacks(te, exc, info, _stack_class(traceback), set())
        sys.stderr.write("".join(te.format()))
        sys.stderr.flush()
    except BaseException:
        try:
            line = "%s: %s\n" % (type(exc).__name__, exc)
        except BaseException:
            line = "%s\n" % type(exc).__name__
        import os
        os.write(2, line.encode("utf-8", "replace"))


def _keep_user_frames(exc, shown, cutoff, info):
    """Replaces the traceback of `exc` (and of the exceptions chained to it) with one holding
    only the user's frames; of each run of identical frames (recursion) only the first
    `cutoff` (as Python prints them); of a long sequence of different frames (mutual
    recursion), the first and last _TB_KEEP. info[id(exc)] = (counts, gap): counts[i] frames
    repeating kept frame i were dropped after it; gap = (i, n): n frames dropped after frame i.
    (A TracebackException of 10^5 frames takes seconds to build and megabytes to print.)"""
    if exc is None or id(exc) in info:
        return
    kept = []
    counts = []
    last, run = None, 0
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == shown:
            key = (code, tb.tb_lineno)
            if key == last:
                run += 1
            else:
                last, run = key, 1
            if run > cutoff:
                counts[-1] += 1
            else:
                kept.append(tb)
                counts.append(0)
        tb = tb.tb_next
    gap = None
    if len(kept) > 2 * _TB_KEEP:
        middle = slice(_TB_KEEP, len(kept) - _TB_KEEP)
        gap = (_TB_KEEP - 1, len(kept[middle]) + sum(counts[middle]))
        del kept[middle]
        del counts[middle]
    info[id(exc)] = (counts, gap)
    new = None
    for tb in reversed(kept):
        new = types.TracebackType(new, tb.tb_frame, tb.tb_lasti, tb.tb_lineno)
    exc.__traceback__ = new
    _keep_user_frames(exc.__cause__, shown, cutoff, info)
    _keep_user_frames(exc.__context__, shown, cutoff, info)
    for sub in getattr(exc, "exceptions", None) or ():
        _keep_user_frames(sub, shown, cutoff, info)


_TB_KEEP = 50


def _attach_stacks(te, exc, info, stack_class, seen):
    if te is None or exc is None or id(te) in seen:
        return
    seen.add(id(te))
    stack = stack_class()
    stack.extend(te.stack)
    counts, gap = info.get(id(exc), (None, None))
    if counts is not None and len(counts) == len(stack):
        stack.counts, stack.gap = counts, gap
    te.stack = stack
    _attach_stacks(te.__cause__, exc.__cause__, info, stack_class, seen)
    _attach_stacks(te.__context__, exc.__context__, info, stack_class, seen)
    for t, e in zip(getattr(te, "exceptions", None) or (),
                    getattr(exc, "exceptions", None) or ()):
        _attach_stacks(t, e, info, stack_class, seen)


def _stack_class(traceback):
    class Stack(traceback.StackSummary):
        """A StackSummary that says where frames were dropped (see _keep_user_frames)."""

        counts = None
        gap = None

        def format(self):
            out = []
            for i, fs in enumerate(self):
                if hasattr(self, "format_frame_summary"):
                    text = self.format_frame_summary(fs)
                else:  # before 3.11: the frame as traceback printed it then
                    text = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
                    if fs.line:
                        text += "    %s\n" % fs.line.strip()
                if text is not None:
                    out.append(text)
                n = self.counts[i] if self.counts else 0
                if n > 0:
                    out.append("  [Previous line repeated %d more time%s]\n"
                               % (n, "s" if n > 1 else ""))
                if self.gap and self.gap[0] == i:
                    out.append("  [... %d more frames ...]\n" % self.gap[1])
            return out

    return Stack


def _register_source(linecache, shown, source):
    if shown in linecache.cache:
        return
    try:
        import io
        import tokenize
        enc = tokenize.detect_encoding(io.BytesIO(source).readline)[0]
        text = source.decode(enc, "replace")
    except Exception:
        text = source.decode("utf-8", "replace")
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    linecache.cache[shown] = (len(source), None, lines, shown)


def _is_binding_error(exc):
    """A TypeError raised at the harness's call site (no deeper Python frame but `Harness.timed`,
    which makes the call): possibly the arguments not binding to the user's parameters."""
    frames = 0
    tb = exc.__traceback__
    while tb is not None:
        frames += tb.tb_frame.f_code is not Harness.timed.__code__
        tb = tb.tb_next
    return isinstance(exc, TypeError) and frames == 1


# ---------------------------------------------------------------------------------------------
# Main


class Harness:
    def __init__(self, argv):
        args = argv[1:]
        self.check = bool(args) and args[0] == "--check"
        self.syntax_only = bool(args) and args[0] == "--syntax"
        if self.check or self.syntax_only:
            args = args[1:]
        if len(args) not in (1, 2):
            raise ProblemError("usage: harness.py [--check|--syntax] SOLUTION.py [SHOWN_PATH]")
        self.copy = args[0]
        self.shown = args[1] if len(args) == 2 else args[0]
        self.out = open(RESULT_FILE, "w", encoding="utf-8")
        self.source = b""
        # Measured only when the input document asks (`time_calls`, the complexity report):
        # reading a CPU clock is a system call, around every call of a design test.
        self.call_cpu = None

    def write(self, obj):
        try:
            sys.set_int_max_str_digits(0)  # novermin (3.11+; older versions have no limit)
        except AttributeError:
            pass
        text = json.dumps(obj)
        try:
            self.out.write(text)
            self.out.flush()
        except (OSError, ValueError) as e:
            sys.stderr.write("judge: could not write %s: %s\n" % (RESULT_FILE, e))
            raise SystemExit(EXIT_USER_ERROR)

    def timed(self, f, *args):
        """f(*args), its CPU time added to what the result reports as `call_cpu`: the complexity
        report fits the time of the user's calls, without the parsing of the input, which is
        O(n) and hides a log n factor at the sizes a problem allows."""
        if self.call_cpu is None:
            return f(*args)
        start = _cpu()
        try:
            return f(*args)
        finally:
            self.call_cpu += _cpu() - start

    def ok(self, result):
        if self.call_cpu is None:
            self.write({"ok": result})
        else:
            self.write({"ok": result, "call_cpu": self.call_cpu})

    def signature_error(self, e):
        message = str(e)
        self.write({"signature_error": message})
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
        return EXIT_SIGNATURE

    def user_error(self, e):
        print_user_exception(e, self.shown, self.source)
        hint = python2_hint(e, self.source)
        if hint:
            sys.stderr.write(hint + "\n")
            sys.stderr.flush()
        return EXIT_USER_ERROR

    def compiles(self):
        """Whether the source compiles; if not, the error is written as a signature error: the
        file is rejected once, as a compile error, instead of failing every test."""
        try:
            compile(self.source, self.shown, "exec", dont_inherit=True)
            return True
        except (SyntaxError, ValueError) as e:  # ValueError: a NUL byte in the source
            import traceback
            message = "".join(traceback.format_exception_only(type(e), e)).rstrip("\n")
            hint = python2_hint(e, self.source)
            if hint:
                message += "\n" + hint
            self.write({"signature_error": message})
            return False

    def run(self):
        if self.syntax_only:  # stdio programs: only the compile check
            with open(self.copy, "rb") as f:
                self.source = f.read()
            if not self.compiles():
                return EXIT_SIGNATURE
            self.write({"ok": None})
            return 0
        doc = read_document(self.check)
        if doc.get("time_calls") is True:
            self.call_cpu = 0.0
        with open(self.copy, "rb") as f:
            self.source = f.read()
        if self.check and not self.compiles():
            return EXIT_SIGNATURE

        prelude = _prelude()
        if _node_class_for(doc) is not None:  # LeetCode's `Node` of this problem
            prelude["Node"] = _node_class_for(doc)
        module = types.ModuleType("solution")
        ns = module.__dict__
        ns.update(prelude)
        ns["__file__"] = self.shown
        ns["__builtins__"] = builtins
        sys.modules["solution"] = module
        if not hasattr(builtins, "exit"):
            builtins.exit = _Quitter("exit", "Ctrl-D (i.e. EOF)")
            builtins.quit = _Quitter("quit", "Ctrl-D (i.e. EOF)")
        sys.argv = [self.shown]
        sys.setrecursionlimit(RECURSION_LIMIT + _EXTRA_DEPTH[0])
        random.seed(0)  # randomized solutions behave the same on every run

        try:
            code = _compile_user(self.source, self.shown)
            exec(code, ns)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as e:
            return self.user_error(e)

        node_class = _node_class_for(doc)
        user_node = ns.get("Node")
        if node_class is not None and not (isinstance(user_node, type) and user_node is not node_class):
            user_node = node_class
        nodes = (ns.get("ListNode") if isinstance(ns.get("ListNode"), type) else ListNode,
                 ns.get("TreeNode") if isinstance(ns.get("TreeNode"), type) else TreeNode,
                 user_node if node_class is not None else None,
                 ns.get("Interval") if isinstance(ns.get("Interval"), type) else Interval)
        try:
            if doc["kind"] == "function":
                return self.function(doc, ns, prelude, nodes)
            return self.design(doc, ns, prelude, nodes)
        except SignatureError as e:
            return self.signature_error(e)

    def codec(self, doc, ns, prelude, nodes):
        """decode(encode(x)) through separate instances; a decoy encoded in between, and a check
        that the result shares nothing with x, catch a codec that keeps x instead of encoding it."""
        spec = doc["codec"]
        sig = doc["_sig"]
        encode_name, decode_name = doc["function"], spec["decode"]
        t = sig.types[0]
        design = {
            "class": spec["class"],
            "_ctor": Sig([], None, "codec"),
            "_methods": {
                encode_name: Sig([{"name": sig.names[0], "type": t.text}], "string", "codec"),
                decode_name: Sig([{"name": "data", "type": "string"}], t.text, "codec"),
            },
        }
        cls = resolve_class(ns, prelude, design, self.shown)
        check_methods_exist(cls, design, [encode_name, decode_name])
        check_design(cls, design)
        if self.check:
            self.write({"ok": None})
            return 0
        try:
            x = sig.decode_args(doc["args"], "input:", nodes)[0]
            before = _nodes_of(x) if t.kind in ("TreeNode", "ListNode") else [x]
            data = self.timed(getattr(cls(), encode_name), x)
            if type(data) is not str:
                self.write({"ok": "%s returned %s, not a string" % (
                    encode_name, type(data).__name__)})
                return 0
            decoy = sig.decode_args(doc["decoy_args"], "decoy:", nodes)[0]
            getattr(cls(), encode_name)(decoy)
            y = self.timed(getattr(cls(), decode_name), data)
            after = _nodes_of(y) if t.kind in ("TreeNode", "ListNode") else [y]
            kept = set(map(id, before)) & set(map(id, after))
            if kept:
                self.write({"ok": "%s returned the input itself, not a copy decoded from the string"
                            % decode_name})
                return 0
            result = encode(t, y)
        except (SystemExit, KeyboardInterrupt, SignatureError, ProblemError):
            raise
        except BaseException as e:
            return self.user_error(e)
        self.ok(result)
        return 0

    def function(self, doc, ns, prelude, nodes):
        if doc.get("codec"):
            return self.codec(doc, ns, prelude, nodes)
        kind, obj, name = resolve_function(ns, prelude, doc, self.shown)
        sig = doc["_sig"]
        if self.check:
            check_function(kind, obj, name, doc)
            self.write({"ok": None})
            return 0
        try:
            args = sig.decode_args(doc["args"], "input:", nodes)
            if kind == "method":
                try:
                    target = obj()
                except TypeError as e:
                    if _is_binding_error(e):
                        check_function(kind, obj, name, doc)
                    raise
                fn = getattr(target, name)
            else:
                fn = obj
            owner = doc.get("returns_node_of")
            if owner is not None:
                owner_nodes = _nodes_of(args[owner])
            api = _provide_api(doc.get("api"), args, ns)
            try:
                value = self.timed(fn, *sig.passed(args))
            except TypeError as e:
                if _is_binding_error(e):
                    check_function(kind, obj, name, doc)
                raise
            answer = doc.get("answer")
            if api is not None and api.over_cap():
                result = api.over_cap()
            elif answer is not None:  # in place: the argument after the call is the answer
                result = encode(sig.types[answer], args[answer])
            elif owner is not None:
                result = _encode_node(value, owner_nodes, doc.get("node_answer") == "index",
                                      "`%s`" % sig.all_names[owner])
            elif sig.returns.kind in _NODE_TYPES and _shares_nodes(sig, args, value):
                result = "the answer shares nodes with the input: not a deep copy"
            else:
                result = encode(sig.returns, value)
        except (SystemExit, KeyboardInterrupt, SignatureError, ProblemError):
            raise
        except BaseException as e:
            return self.user_error(e)
        self.ok(result)
        return 0

    def design(self, doc, ns, prelude, nodes):
        cls = resolve_class(ns, prelude, doc, self.shown)
        if self.check:
            check_methods_exist(cls, doc, list(doc["_methods"]))
            check_design(cls, doc)
            self.write({"ok": None})
            return 0
        calls, all_args, methods = doc["calls"], doc["args"], doc["_methods"]
        check_methods_exist(cls, doc, sorted(set(calls[1:])))
        results = []
        instance = None
        untimed = self.call_cpu is None
        for i, (name, raw) in enumerate(zip(calls, all_args)):
            try:
                if i == 0:
                    args = doc["_ctor"].decode_args(raw, "call 0 (%s):" % name, nodes)
                    try:
                        instance = self.timed(cls, *args)
                    except TypeError as e:
                        if _is_binding_error(e):
                            check_arity(cls, "%s.__init__" % cls.__name__, doc["_ctor"], "class")
                        raise
                    results.append(None)
                    continue
                sig = methods[name]
                args = sig.decode_args(raw, lambda: "call %d (%s):" % (i, name), nodes)
                fn = getattr(instance, name)
                try:
                    value = fn(*args) if untimed else self.timed(fn, *args)
                except TypeError as e:
                    if _is_binding_error(e):
                        check_arity(_static_attr(cls, name),
                                    "%s.%s" % (cls.__name__, name), sig, "method")
                    raise
                results.append(encode(sig.returns, value))
            except (SystemExit, KeyboardInterrupt, SignatureError, ProblemError):
                raise
            except BaseException as e:
                self.write({"failed_call": i, "partial": results})
                return self.user_error(e)
        self.ok(results)
        return 0



# ---------------------------------------------------------------------------------------------
# Fork-server mode (`--serve stdio|function SOLUTION_COPY.py SHOWN_PATH`): see the sandbox's
# server module for the protocol on descriptor 3. This process imports and compiles once and
# never runs the user's code; every test is a forked child that sets its own limits and
# installs the filter against creating processes before any user code runs. A check request
# (`"check": true`) forks a child that checks the source under the compile limits (a stdio
# program's syntax check, or a function problem's signature check with the check document on
# stdin); once one succeeded, the zygote compiles it for its children.

_COMPILED = {}


def _compile_user(source, shown):
    key = (source, shown)
    code = _COMPILED.get(key)
    if code is None:
        code = compile(source, shown, "exec", dont_inherit=True)
    return code


def _run_stdio(copy, shown):
    """What the stdio bootstrap does: the solution as `__main__`, tracebacks without our frames."""
    import linecache
    builtins.exit = _Quitter("exit", "Ctrl-D (i.e. EOF)")
    builtins.quit = _Quitter("quit", "Ctrl-D (i.e. EOF)")
    with open(copy, "rb") as f:
        source = f.read()
    sys.argv = [shown]
    main = types.ModuleType("__main__")
    main.__dict__["__file__"] = shown
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    try:
        lines = source.decode("utf-8").splitlines(True)
    except UnicodeDecodeError:
        lines = []
    linecache.cache[shown] = (len(source), None, lines, shown)
    try:
        code = _compile_user(source, shown)
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        import traceback
        tb = e.__traceback__
        if not isinstance(e, SyntaxError) and tb is not None:
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb)
        sys.stderr.flush()
        return 1
    return 0


def _exit_status(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        sys.stderr.write(str(code) + "\n")
    except Exception:
        pass
    return 1


def _prepare_layers(filter_bytes):
    """Everything a child needs to sandbox itself, made before any fork; returns a function
    that applies it, or raises with the reason it cannot."""
    import ctypes
    import resource
    libc = ctypes.CDLL(None, use_errno=True)

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    buf = ctypes.create_string_buffer(filter_bytes, len(filter_bytes))
    prog = SockFprog(len(filter_bytes) // 8, ctypes.cast(buf, ctypes.c_void_p))
    prctl = libc.prctl
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    syscall = libc.syscall
    # A Landlock domain that only scopes signals (and abstract sockets): the child cannot
    # signal its zygote. Landlock ABI 6 (Linux 6.12); older kernels skip it.
    arch = __import__("platform").machine()
    nr = {"x86_64": (444, 446), "aarch64": (444, 446)}.get(arch)

    class RulesetAttr(ctypes.Structure):
        _fields_ = [("fs", ctypes.c_uint64), ("net", ctypes.c_uint64), ("scoped", ctypes.c_uint64)]

    attr = RulesetAttr(0, 0, 3)
    keep = (buf, prog, attr)
    PR_SET_PDEATHSIG, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 1, 22, 2
    limits = {"cpu": resource.RLIMIT_CPU, "data": resource.RLIMIT_DATA,
              "fsize": resource.RLIMIT_FSIZE, "stack": resource.RLIMIT_STACK}

    def apply(lim, parent):
        prctl(PR_SET_PDEATHSIG, 9, None, 0, 0)
        if os.getppid() != parent:
            os._exit(137)
        for key, res in limits.items():
            value = lim.get(key)
            if value is None:
                continue
            hard = resource.getrlimit(res)[1]
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            soft_hard = (value, value + 1) if key == "cpu" else (value, value)
            if hard != resource.RLIM_INFINITY:
                soft_hard = (soft_hard[0], min(soft_hard[1], hard))
            resource.setrlimit(res, soft_hard)
        if nr is not None:
            fd = syscall(nr[0], ctypes.byref(attr), ctypes.sizeof(attr), 0)
            if fd >= 0:
                syscall(nr[1], fd, 0)
                os.close(fd)
        if prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "seccomp filter refused")
        return keep

    return apply


def _self_test(apply):
    """Forks once and checks that the child's layers hold: a fork after them fails."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            apply({}, _ZYGOTE_PID[0])
            try:
                p = os.fork()
            except OSError:
                os.write(w, b"ok")
                os._exit(0)
            if p == 0:
                os._exit(0)
            os.write(w, b"fork still works after the filter")
        except BaseException as e:
            os.write(w, ("%s: %s" % (type(e).__name__, e)).encode()[:300])
        os._exit(0)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 512)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    os.waitpid(pid, 0)
    answer = b"".join(chunks).decode("utf-8", "replace")
    return None if answer == "ok" else (answer or "the test child died")


_ZYGOTE_PID = [0]
# How many more frames than an exec'd harness a forked child runs the user's code under
# (`serve` and `_child`): added to the recursion limit, so that a recursion stops at the same
# depth either way.
_EXTRA_DEPTH = [0]
_MAX_FD = [1024]


def serve(argv):
    global os, _prelude
    import os
    import socket
    mode, copy, shown = argv[2], argv[3], argv[4]
    ctl = socket.socket(fileno=3)
    filter_bytes = ctl.recv(65536)
    _ZYGOTE_PID[0] = os.getpid()
    try:
        import resource
        _MAX_FD[0] = min(resource.getrlimit(resource.RLIMIT_NOFILE)[0], 1 << 16)
    except Exception:
        pass
    reason = None
    try:
        apply = _prepare_layers(filter_bytes)
    except BaseException as e:
        apply = None
        reason = "the layers cannot be applied after fork: %s: %s" % (type(e).__name__, e)
    if apply is not None:
        reason = _self_test(apply)
        if reason:
            reason = "the layers cannot be applied after fork: " + reason
    if reason:
        ctl.send(b"unavailable " + reason.encode("utf-8", "replace")[:1000])
        return 0
    # Prepare once: the pre-imports. The user's code is compiled here (not run) only once a
    # check child compiled it under the compile limits: compiling a pathological source takes
    # minutes, and the zygote has no CPU limit of its own.
    if mode == "function":
        prelude = _prelude()
        _prelude = lambda: dict(prelude)
    # And what every child would otherwise import for itself: linecache (every stdio run) and
    # what a traceback needs. An import in a child writes to hundreds of the zygote's pages,
    # each copied on write: `import linecache` was 590 of a stdio child's 740 page faults.
    import linecache, traceback, tokenize, io  # noqa: F401
    import gc
    gc.collect()
    # The zygote's objects never need collecting: frozen, a child's collections skip them
    # instead of writing to their pages.
    gc.freeze()
    ctl.send(b"ready")
    while True:
        try:
            msg, anc, _flags, _addr = ctl.recvmsg(65536, socket.CMSG_SPACE(3 * 4))
        except OSError:
            return 0
        if not msg:
            return 0
        fds = []
        for level, kind, data in anc:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.extend(array_of_ints(data))
        lim = json.loads(msg)
        check = bool(lim.get("check"))
        pid = os.fork()
        if pid == 0:
            _child(ctl, fds, lim, apply, ("check-" + mode) if check else mode, copy, shown)
        for fd in fds:
            os.close(fd)
        ctl.send(b"pid %d" % pid)
        try:
            reap = ctl.recv(64)
        except OSError:
            reap = b""
        _, status, usage = os.wait4(pid, 0)
        if not reap:
            return 0
        cpu = int((usage.ru_utime + usage.ru_stime) * 1e6)
        ctl.send(b"exit %d %d %d" % (status, cpu, usage.ru_maxrss))
        if check and status == 0:
            # The check child compiled the source within the compile limits: so can we.
            _compile_in_zygote(copy, shown)


def _compile_in_zygote(copy, shown):
    try:
        with open(copy, "rb") as f:
            source = f.read()
        _COMPILED[(source, shown)] = compile(source, shown, "exec", dont_inherit=True)
    except BaseException:
        pass  # each child reports it as the exec'd harness would


def _check_syntax(copy, shown):
    """A check child (`"check": true` in the request): only compiles the source, as
    `harness.py --syntax` does, with the harness's result written to stdout instead of a file."""
    harness = Harness.__new__(Harness)
    harness.check, harness.syntax_only = False, True
    harness.copy, harness.shown, harness.source = copy, shown, b""
    harness.out = sys.stdout
    return harness.run()


def array_of_ints(data):
    import array
    a = array.array("i")
    a.frombytes(data[:len(data) - len(data) % a.itemsize])
    return list(a)


def _child(ctl, fds, lim, apply, mode, copy, shown):
    code = EXIT_PROBLEM
    try:
        os.setsid()
        for i, fd in enumerate(fds[:3]):
            os.dup2(fd, i)
        ctl.detach()
        os.closerange(3, _MAX_FD[0])
        apply(lim, _ZYGOTE_PID[0])
        random.seed(0)
        _EXTRA_DEPTH[0] = 2
        sys.setrecursionlimit(sys.getrecursionlimit() + _EXTRA_DEPTH[0])
        try:
            if mode == "check-stdio":
                code = _check_syntax(copy, shown)
            elif mode == "check-function":
                # The signature check, as `harness.py --check` runs it with exec.
                code = main([shown, "--check", copy, shown])
            elif mode == "stdio":
                code = _run_stdio(copy, shown)
            else:
                code = main([shown, copy, shown])
        except SystemExit as e:
            code = _exit_status(e)
        except KeyboardInterrupt:
            code = 130
        except BaseException:
            import traceback
            sys.stderr.write("judge: internal error in the Python harness (not your solution's "
                             "fault):\n")
            traceback.print_exc()
            code = EXIT_PROBLEM
        try:
            sys.stdout.flush()
        except BaseException:
            code = code or 120
        try:
            sys.stderr.flush()
        except BaseException:
            pass
    finally:
        os._exit(code)


def main(argv):
    try:
        harness = Harness(argv)
        code = harness.run()
    except ProblemError as e:
        sys.stderr.write("judge: problem error: %s\n" % e)
        sys.stderr.flush()
        return EXIT_PROBLEM
    try:
        sys.stdout.flush()
    except Exception:
        pass
    return code


if __name__ == "__main__" and sys.argv[1:2] == ["--serve"]:
    raise SystemExit(serve(sys.argv))
if __name__ == "__main__":
    try:
        _code = main(sys.argv)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        import traceback
        sys.stderr.write("judge: internal error in the Python harness (not your solution's "
                         "fault):\n")
        traceback.print_exc()
        _code = EXIT_PROBLEM
    raise SystemExit(_code)
