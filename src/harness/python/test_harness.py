"""Tests of harness.py, run as the judge runs it: a subprocess with `-S -s -B`, an empty
environment, a fresh working directory, the JSON document on stdin.

    python3 -m unittest /work/main/src/harness/python/test_harness.py
"""

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HARNESS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness.py")
SHOWN = "/home/someone/problems/two-sum/solution.py"


class Run:
    def __init__(self, code, result, stdout, stderr):
        self.code = code
        # The CPU seconds of the user's calls, apart from the result the tests compare.
        self.call_cpu = result.pop("call_cpu", None) if isinstance(result, dict) else None
        self.result = result
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        return "Run(code=%r, result=%r, stdout=%r, stderr=%r)" % (
            self.code, self.result, self.stdout, self.stderr)


def run(source, doc, check=False, shown=SHOWN, raw_stdin=None):
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "copy.py")
        with open(copy, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(source))
        scratch = os.path.join(tmp, "scratch")
        os.mkdir(scratch)
        cmd = [sys.executable, "-S", "-s", "-B", HARNESS] + (["--check"] if check else [])
        cmd += [copy, shown]
        stdin = raw_stdin if raw_stdin is not None else json.dumps(doc)
        proc = subprocess.run(cmd, input=stdin.encode(), cwd=scratch, env={},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        path = os.path.join(scratch, "__judge_result.json")
        result = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            result = json.loads(text) if text else None
        return Run(proc.returncode, result, proc.stdout.decode(), proc.stderr.decode())


def function(name, params, returns, args=None, python_function=None):
    doc = {"kind": "function", "function": name,
           "params": [{"name": n, "type": t} for n, t in params], "returns": returns}
    if python_function:
        doc["python_function"] = python_function
    if args is not None:
        doc["args"] = args
    return doc


def two_sum(args=([2, 7, 11, 15], 9)):
    return function("twoSum", [("nums", "list<int>"), ("target", "int")], "list<int>",
                    list(args) if args is not None else None, "two_sum")


LRU = {
    "kind": "design",
    "class": "LRUCache",
    "constructor": {"params": [{"name": "capacity", "type": "int"}]},
    "methods": {
        "get": {"params": [{"name": "key", "type": "int"}], "returns": "int"},
        "put": {"params": [{"name": "key", "type": "int"}, {"name": "value", "type": "int"}],
                "returns": "void"},
    },
    "calls": ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
    "args": [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
}
LRU_EXPECTED = [None, None, None, 1, None, -1, None, -1, 3, 4]

LRU_SOURCE = """
class LRUCache:
    def __init__(self, capacity: int):
        self.cap = capacity
        self.d = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.d:
            return -1
        self.d.move_to_end(key)
        return self.d[key]

    def put(self, key: int, value: int) -> None:
        self.d[key] = value
        self.d.move_to_end(key)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
"""

TWO_SUM = """
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


class FunctionProblems(unittest.TestCase):
    def test_two_sum_class_solution(self):
        r = run(TWO_SUM, two_sum())
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.result, {"ok": [0, 1]})
        self.assertEqual(r.stdout, "")
        self.assertEqual(r.stderr, "")

    def test_the_calls_cpu_time_is_reported_without_the_parsing(self):
        # A list of 200,000 numbers to parse, and a call that either returns at once or works:
        # the idle call's time is far below the parsing's, the working one's above the idle's.
        nums = list(range(200000))
        timed = lambda doc: dict(doc, time_calls=True)
        idle = run("def two_sum(nums, target):\n    return [0, 1]\n", timed(two_sum((nums, 1))))
        busy = run("def two_sum(nums, target):\n    sum(x * x for x in nums)\n    return [0, 1]\n",
                   timed(two_sum((nums, 1))))
        for r in (idle, busy):
            self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), r)
        self.assertGreaterEqual(idle.call_cpu, 0.0)
        self.assertLess(idle.call_cpu, busy.call_cpu)
        # A design test: the constructor and every call.
        r = run(LRU_SOURCE, timed(LRU))
        self.assertGreater(r.call_cpu, 0.0, r)
        # A failed call reports no time (its result is not compared).
        r = run("def two_sum(nums, target):\n    raise ValueError\n", timed(two_sum()))
        self.assertEqual(r.call_cpu, None, r)

    def test_the_calls_are_not_timed_unless_the_document_asks(self):
        # Judging does not ask: a clock read around each call of a design test costs time.
        for source, doc in ((TWO_SUM, two_sum()), (LRU_SOURCE, LRU)):
            r = run(source, doc)
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.call_cpu, None, r)

    def test_top_level_snake_case_function(self):
        src = """
        def two_sum(nums, target):
            for i in range(len(nums)):
                for j in range(i + 1, len(nums)):
                    if nums[i] + nums[j] == target:
                        return (i, j)
        """
        r = run(src, two_sum(([3, 2, 4], 6)))
        self.assertEqual((r.code, r.result), (0, {"ok": [1, 2]}), r)

    def test_top_level_camel_case_function(self):
        src = "def twoSum(nums, target):\n    return [0, 1]\n"
        r = run(src, two_sum())
        self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), r)

    def test_debug_prints_go_to_stdout(self):
        src = """
        print("loading")
        class Solution:
            def twoSum(self, nums, target):
                print("nums =", nums)
                return [0, 1]
        """
        r = run(src, two_sum())
        self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), r)
        self.assertEqual(r.stdout, "loading\nnums = [2, 7, 11, 15]\n")

    def test_prelude_names(self):
        src = """
        class Solution:
            def f(self, nums: List[int]) -> int:
                c = Counter(nums)
                h = []
                for x in nums:
                    heappush(h, -x)
                d = deque(accumulate(nums))
                assert bisect_left(sorted(nums), 3) == bisect.bisect_left(sorted(nums), 3)
                assert bisect(sorted(nums), 3) == 4
                assert gcd(12, 18) == 6 and inf > 10**18 and comb(5, 2) == 10
                assert isinstance(defaultdict(int), collections.defaultdict)
                assert ascii_lowercase[0] == "a" and math.isqrt(17) == 4
                assert reduce(operator.add, nums) == sum(nums)
                if sys.version_info >= (3, 10):
                    assert list(pairwise([1, 2, 3])) == [(1, 2), (2, 3)]
                assert Optional[int] == typing.Optional[int]
                assert sys.getrecursionlimit() >= 10000
                assert __name__ != "__main__"
                @lru_cache(None)
                def fib(n):
                    return n if n < 2 else fib(n - 1) + fib(n - 2)
                memo = cache if sys.version_info >= (3, 9) else lru_cache(None)
                @memo
                def deep(n):
                    return 0 if n == 0 else 1 + deep(n - 1)
                assert deep(3000) == 3000
                return -heappop(h) + max(c.values()) + len(d) + fib(20) * 0
        """
        r = run(src, function("f", [("nums", "list<int>")], "int", [[1, 2, 3, 3, 5]]))
        self.assertEqual((r.code, r.result), (0, {"ok": 5 + 2 + 5}), r)

    def test_exit_and_quit(self):
        for call, code in [("exit()", 0), ("exit(3)", 3), ("quit(4)", 4), ("sys.exit(5)", 5)]:
            src = "class Solution:\n    def twoSum(self, nums, target):\n        %s\n" % call
            r = run(src, two_sum())
            self.assertEqual(r.code, code, (call, r))
            self.assertIsNone(r.result, (call, r))
        r = run("exit('bye')\n", two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("bye", r.stderr)

    def test_exception_traceback_shows_user_frames_only(self):
        src = """
        class Solution:
            def helper(self, nums):
                return nums[10]

            def twoSum(self, nums, target):
                return self.helper(nums)
        """
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIsNone(r.result)
        self.assertIn("Traceback (most recent call last):", r.stderr)
        self.assertIn('File "%s", line 7, in twoSum' % SHOWN, r.stderr)
        self.assertIn('File "%s", line 4, in helper' % SHOWN, r.stderr)
        self.assertIn("return nums[10]", r.stderr)
        self.assertIn("IndexError: list index out of range", r.stderr)
        self.assertNotIn("harness", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_exception_at_top_level(self):
        r = run("x = 1\ny = undefined_name\n", two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn('File "%s", line 2, in <module>' % SHOWN, r.stderr)
        self.assertIn("NameError", r.stderr)
        self.assertNotIn("harness", r.stderr)

    def test_chained_exception(self):
        src = """
        class Solution:
            def twoSum(self, nums, target):
                try:
                    {}[1]
                except KeyError:
                    raise ValueError("bad")
        """
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("KeyError: 1", r.stderr)
        self.assertIn("During handling of the above exception", r.stderr)
        self.assertIn("ValueError: bad", r.stderr)
        self.assertNotIn("harness", r.stderr)

    @unittest.skipIf(sys.version_info < (3, 11), "before 3.11 Python calls use the C stack: "
                     "the sandbox's stack limit holds this recursion, this test's 8 MiB does not")
    def test_recursion_error(self):
        src = """
        class Solution:
            def twoSum(self, nums, target):
                return self.twoSum(nums, target)
        """
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("RecursionError", r.stderr)
        self.assertIn("more times", r.stderr)
        self.assertLess(len(r.stderr), 5000)

    @unittest.skipIf(sys.version_info < (3, 11), "before 3.11 Python calls use the C stack: "
                     "the sandbox's stack limit holds this recursion, this test's 8 MiB does not")
    def test_runaway_mutual_recursion_is_short_and_quick(self):
        src = """
        def even(n):
            return odd(n - 1)
        def odd(n):
            return even(n - 1)
        class Solution:
            def twoSum(self, nums, target):
                return even(5)
        """
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("RecursionError", r.stderr)
        self.assertIn("more frames ...]", r.stderr)
        self.assertLess(len(r.stderr), 20000)

    def test_memory_error(self):
        src = "class Solution:\n    def twoSum(self, nums, target):\n        raise MemoryError\n"
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("MemoryError", r.stderr)

    def test_syntax_error(self):
        src = "class Solution:\n    def twoSum(self, nums, target)\n        return [0, 1]\n"
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIsNone(r.result)
        self.assertIn('File "%s", line 2' % SHOWN, r.stderr)
        self.assertIn("def twoSum(self, nums, target)", r.stderr)
        self.assertIn("^", r.stderr)
        self.assertIn("SyntaxError", r.stderr)
        self.assertNotIn("Traceback", r.stderr)
        self.assertNotIn("harness", r.stderr)

    def test_syntax_error_in_check_mode_is_a_signature_error(self):
        # Reported once, as a compile error, with the line and the caret.
        r = run("class Solution:\n    def twoSum(self, nums, target):\n        return [0,\n", two_sum(args=None), check=True)
        self.assertEqual(r.code, 2, r)
        message = r.result["signature_error"]
        self.assertIn('File "%s", line 3' % SHOWN, message)
        self.assertIn("return [0,", message)
        self.assertIn("^", message)
        self.assertIn("SyntaxError", message)
        self.assertNotIn("hint", message)

    def test_python2_code_gets_a_hint(self):
        r = run("class Solution:\n    def twoSum(self, nums, target):\n        print nums\n", two_sum(args=None), check=True)
        self.assertEqual(r.code, 2, r)
        self.assertIn("looks like Python 2", r.result["signature_error"])
        r = run("class Solution:\n    def twoSum(self, nums, target):\n        return list(xrange(2))\n", two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("NameError", r.stderr)
        self.assertIn("looks like Python 2 (`xrange`", r.stderr)
        r = run("class Solution:\n    def twoSum(self, nums, target):\n        return [nums[len(nums) / 2], 0]\n", two_sum())
        self.assertIn("use `//`", r.stderr)

    def test_leetcode_serializer_accepts_list_like_returns(self):
        # group-anagrams' editorial answer returns d.values(); tuples, deques and generators too.
        for body in ("return d.values()", "return tuple(d.values())",
                     "return deque(d.values())", "return (v for v in d.values())",
                     "return set(d.values())", "return frozenset(d.values())"):
            src = ("class Solution:\n    def twoSum(self, nums, target):\n"
                   "        d = {0: 0, 1: 1}\n        %s\n" % body)
            r = run(src, two_sum())
            self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), (body, r))

    def test_in_place_answer_is_the_argument_after_the_call(self):
        doc = function("rotate", [("nums", "list<int>"), ("k", "int")], "void", [[1, 2, 3, 4, 5], 2])
        doc["answer"] = 0
        r = run("class Solution:\n    def rotate(self, nums, k):\n"
                "        nums[:] = nums[-k:] + nums[:-k]\n", doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [4, 5, 1, 2, 3]}), r)
        # Rebinding the name leaves the caller's list as it was: a wrong answer, as on LeetCode.
        r = run("class Solution:\n    def rotate(self, nums, k):\n"
                "        nums = nums[-k:] + nums[:-k]\n", doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [1, 2, 3, 4, 5]}), r)
        lst = function("reorderList", [("head", "ListNode")], "void", [[1, 2, 3, 4]])
        lst["answer"] = 0
        r = run("""
        class Solution:
            def reorderList(self, head):
                nodes = []
                while head:
                    nodes.append(head)
                    head = head.next
                i, j = 0, len(nodes) - 1
                order = []
                while i <= j:
                    order.append(nodes[i])
                    if i != j:
                        order.append(nodes[j])
                    i, j = i + 1, j - 1
                for a, b in zip(order, order[1:]):
                    a.next = b
                order[-1].next = None
        """, lst)
        self.assertEqual((r.code, r.result), (0, {"ok": [1, 4, 2, 3]}), r)

    def test_node_arguments_and_node_answers(self):
        doc = function("lowestCommonAncestor",
                       [("root", "TreeNode"), ("p", "TreeNode"), ("q", "TreeNode")], "TreeNode",
                       [[6, 2, 8, 0, 4, 7, 9, None, None, 3, 5], 2, 4])
        doc["params"][1]["node_of"] = 0
        doc["params"][2]["node_of"] = 0
        doc["returns_node_of"] = 0
        lca = """
        class Solution:
            def lowestCommonAncestor(self, root, p, q):
                while root:
                    if p.val < root.val and q.val < root.val:
                        root = root.left
                    elif p.val > root.val and q.val > root.val:
                        root = root.right
                    else:
                        return %s
        """
        r = run(lca % "root", doc)
        self.assertEqual((r.code, r.result), (0, {"ok": 2}), r)
        # LeetCode compares the value a returned tree node prints: a new node with the
        # ancestor's value is the ancestor; one with a value not in the tree is not.
        r = run(lca % "TreeNode(root.val)", doc)
        self.assertEqual((r.code, r.result), (0, {"ok": 2}), r)
        r = run(lca % "TreeNode(root.val + 100)", doc)
        self.assertEqual(r.code, 0, r)
        self.assertIn("not part of `root`", r.result["ok"])

    def test_cyclic_list_built_from_a_hidden_position(self):
        doc = function("detectCycle", [("head", "ListNode"), ("pos", "int")], "ListNode",
                       [[3, 2, 0, -4], 1])
        doc["params"][1]["hidden"] = True
        doc["params"][0]["cycle"] = 1
        doc["returns_node_of"] = 0
        doc["node_answer"] = "index"
        floyd = """
        class Solution:
            def detectCycle(self, head):
                slow = fast = head
                while fast and fast.next:
                    slow, fast = slow.next, fast.next.next
                    if slow is fast:
                        slow = head
                        while slow is not fast:
                            slow, fast = slow.next, fast.next
                        return slow
                return None
        """
        r = run(floyd, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": 1}), r)
        doc["args"] = [[1, 2], -1]
        r = run(floyd, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": None}), r)
        # `pos` is not a parameter of the solution: taking it is a signature error.
        r = run("class Solution:\n    def detectCycle(self, head, pos):\n        return None\n",
                doc)
        self.assertEqual(r.code, 2, r)

    def test_provided_api_counts_and_caps_calls(self):
        doc = function("firstBadVersion", [("n", "int"), ("bad", "int")], "int", [100, 37])
        doc["params"][1]["hidden"] = True
        doc["api"] = {"name": "isBadVersion", "uses": 1, "max_calls": 8}
        binary = """
        class Solution:
            def firstBadVersion(self, n: int) -> int:
                lo, hi = 1, n
                while lo < hi:
                    mid = (lo + hi) // 2
                    if isBadVersion(mid):
                        hi = mid
                    else:
                        lo = mid + 1
                return lo
        """
        r = run(binary, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": 37}), r)
        linear = """
        class Solution:
            def firstBadVersion(self, n):
                return next(v for v in range(1, n + 1) if isBadVersion(v))
        """
        r = run(linear, doc)
        self.assertEqual(r.code, 0, r)
        self.assertIn("isBadVersion was called 37 times; at most 8", r.result["ok"])
        guess = function("guessNumber", [("n", "int"), ("pick", "int")], "int", [10, 6])
        guess["params"][1]["hidden"] = True
        guess["api"] = {"name": "guess", "uses": 1}
        r = run("""
        class Solution:
            def guessNumber(self, n):
                lo, hi = 1, n
                while True:
                    mid = (lo + hi) // 2
                    g = guess(mid)
                    if g == 0:
                        return mid
                    lo, hi = (lo, mid - 1) if g < 0 else (mid + 1, hi)
        """, guess)
        self.assertEqual((r.code, r.result), (0, {"ok": 6}), r)

    def test_codec_round_trip_catches_smuggling(self):
        doc = function("serialize", [("root", "TreeNode")], "TreeNode", [[1, 2, 3, None, None, 4, 5]])
        doc["codec"] = {"class": "Codec", "decode": "deserialize"}
        doc["decoy_args"] = [[-1, 2, 3]]
        honest = """
        class Codec:
            def serialize(self, root):
                out = []
                def go(n):
                    if not n:
                        out.append("#")
                        return
                    out.append(str(n.val))
                    go(n.left)
                    go(n.right)
                go(root)
                return ",".join(out)

            def deserialize(self, data):
                it = iter(data.split(","))
                def go():
                    v = next(it)
                    if v == "#":
                        return None
                    n = TreeNode(int(v))
                    n.left = go()
                    n.right = go()
                    return n
                return go()
        """
        r = run(honest, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [1, 2, 3, None, None, 4, 5]}), r)
        through_global = """
        last = None
        class Codec:
            def serialize(self, root):
                global last
                last = root
                return "x"
            def deserialize(self, data):
                return last
        """
        r = run(through_global, doc)
        self.assertEqual(r.code, 0, r)
        self.assertNotEqual(r.result["ok"], [1, 2, 3, None, None, 4, 5])
        through_table = """
        table = {}
        class Codec:
            def serialize(self, root):
                table[str(id(root))] = root
                return str(id(root))
            def deserialize(self, data):
                return table[data]
        """
        r = run(through_table, doc)
        self.assertIn("returned the input itself", r.result["ok"])
        r = run("class Codec:\n    def serialize(self, root):\n        return root\n"
                "    def deserialize(self, data):\n        return data\n", doc)
        self.assertIn("not a string", r.result["ok"])
        r = run("class Codec:\n    def serialise(self, root):\n        return ''\n"
                "    def deserialize(self, data):\n        return None\n", doc, check=True)
        self.assertEqual(r.code, 2, r)
        self.assertIn("serialize", r.result["signature_error"])

    def test_graph_and_random_pointer_nodes_must_be_deep_copies(self):
        doc = function("cloneGraph", [("node", "GraphNode")], "GraphNode",
                       [[[2, 4], [1, 3], [2, 4], [1, 3]]])
        clone = """
        class Solution:
            def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
                if not node:
                    return None
                copies = {node: Node(node.val)}
                queue = deque([node])
                while queue:
                    cur = queue.popleft()
                    for nb in cur.neighbors:
                        if nb not in copies:
                            copies[nb] = Node(nb.val)
                            queue.append(nb)
                        copies[cur].neighbors.append(copies[nb])
                return copies[node]
        """
        r = run(clone, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [[2, 4], [1, 3], [2, 4], [1, 3]]}), r)
        r = run("class Solution:\n    def cloneGraph(self, node):\n        return node\n", doc)
        self.assertEqual(r.result, {"ok": "the answer shares nodes with the input: not a deep copy"})
        doc = function("copyRandomList", [("head", "RandomListNode")], "RandomListNode",
                       [[[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]])
        copy = """
        class Solution:
            def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
                old = {}
                cur = head
                while cur:
                    old[cur] = Node(cur.val)
                    cur = cur.next
                for o, n in old.items():
                    n.next = old.get(o.next)
                    n.random = old.get(o.random)
                return old.get(head)
        """
        r = run(copy, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]}), r)
        shallow = copy.replace("n.random = old.get(o.random)", "n.random = o.random")
        r = run(shallow, doc)
        self.assertEqual(r.result, {"ok": "the answer shares nodes with the input: not a deep copy"})

    def test_intervals_are_leetcodes_class(self):
        # employee-free-time: Interval objects in, Interval objects out, written [start, end].
        doc = function("employeeFreeTime", [("schedule", "list<list<Interval>>")],
                       "list<Interval>", [[[[1, 3], [6, 7]], [[2, 4]], [[2, 5], [9, 12]]]])
        free = """
        class Solution:
            def employeeFreeTime(self, schedule: '[[Interval]]') -> '[Interval]':
                ivs = sorted((iv for emp in schedule for iv in emp), key=lambda iv: iv.start)
                out, end = [], ivs[0].end
                for iv in ivs[1:]:
                    if iv.start > end:
                        out.append(Interval(end, iv.start))
                    end = max(end, iv.end)
                return out
        """
        r = run(free, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [[5, 6], [7, 9]]}), r)
        # The solution's own copy of LeetCode's class is used for the arguments too.
        own = "class Interval:\n    def __init__(self, start=None, end=None):\n" \
              "        self.start, self.end = start, end\n" + textwrap.dedent(free)
        r = run(own, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [[5, 6], [7, 9]]}), r)
        # A plain [start, end] list is not an Interval: it cannot pass by accident.
        r = run("class Solution:\n    def employeeFreeTime(self, schedule):\n"
                "        return [[5, 6], [7, 9]]\n", doc)
        self.assertEqual(r.code, 0, r)
        self.assertNotEqual(r.result["ok"], [[5, 6], [7, 9]])
        self.assertIn("not Interval", r.result["ok"][0])
        bad = function("employeeFreeTime", [("schedule", "list<list<Interval>>")],
                       "list<Interval>", [[[[1, 2, 3]]]])
        r = run(free, bad)
        self.assertEqual(r.code, 3, r)

    def test_leetcode_pre_imports(self):
        src = """
        class Solution:
            def twoSum(self, nums, target):
                assert itemgetter(1)([0, 1]) == 1 and xor(1, 3) == 2
                assert deepcopy([1]) == [1] and median([1, 2, 3]) == 2
                assert comb(4, 2) == 6 and pow(2, 10, 1000) == 24 and isinstance(inf, float)
                assert accumulate and reduce and ascii_lowercase and Fraction(1, 2) * 2 == 1
                assert collections.Counter and heapq.heappush and re.match and datetime.date
                return [0, 1]
        """
        r = run(src, two_sum())
        self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), r)

    def test_dataclasses_is_there_without_an_import_and_imported_on_first_use(self):
        src = """
        loaded_at_start = "inspect" in sys.modules
        class Solution:
            def twoSum(self, nums, target):
                @dataclasses.dataclass(order=True)
                class Pair:
                    value: int
                    index: int = dataclasses.field(default=0)
                pairs = sorted(Pair(v, i) for i, v in enumerate(nums))
                assert "dataclass" in dir(dataclasses) and isinstance(dataclasses, type(sys))
                assert not loaded_at_start
                return [pairs[0].index, pairs[1].index]
        """
        r = run(src, two_sum())
        self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), r)

    def test_stdin_is_consumed_before_user_code(self):
        src = """
        import sys
        leftover = sys.stdin.read()
        class Solution:
            def twoSum(self, nums, target):
                return [len(leftover), 0]
        """
        r = run(src, two_sum())
        self.assertEqual((r.code, r.result), (0, {"ok": [0, 0]}), r)

    def test_result_file_survives_chdir(self):
        src = """
        import os
        os.chdir("/")
        class Solution:
            def twoSum(self, nums, target):
                return [0, 1]
        """
        r = run(src, two_sum())
        self.assertEqual((r.code, r.result), (0, {"ok": [0, 1]}), r)

    def test_random_is_seeded(self):
        src = "def f(n):\n    return [random.randint(0, 10**9) for _ in range(n)]\n"
        doc = function("f", [("n", "int")], "list<int>", [5])
        self.assertEqual(run(src, doc).result, run(src, doc).result)


class Conversions(unittest.TestCase):
    def test_list_node_reverse(self):
        src = """
        class Solution:
            def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
                prev = None
                while head:
                    head.next, prev, head = prev, head, head.next
                return prev
        """
        for given, expected in [([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), ([1, 2], [2, 1]), ([], [])]:
            doc = function("reverseList", [("head", "ListNode")], "ListNode", [given])
            r = run(src, doc)
            self.assertEqual((r.code, r.result), (0, {"ok": expected}), r)

    def test_users_own_list_node_class(self):
        src = """
        class ListNode:
            def __init__(self, x):
                self.val = x
                self.next = None

        class Solution:
            def middleNode(self, head):
                assert isinstance(head, ListNode)
                slow = fast = head
                while fast and fast.next:
                    slow, fast = slow.next, fast.next.next
                return slow
        """
        doc = function("middleNode", [("head", "ListNode")], "ListNode", [[1, 2, 3, 4, 5]])
        r = run(src, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [3, 4, 5]}), r)

    def test_list_node_repr_is_deterministic(self):
        src = "def f(head):\n    print(head)\n    return head\n"
        r = run(src, function("f", [("head", "ListNode")], "ListNode", [[1, 2]]))
        self.assertEqual(r.result, {"ok": [1, 2]})
        self.assertEqual(r.stdout, "ListNode{val: 1, next: ListNode{val: 2, next: None}}\n")

    def test_cyclic_list_is_a_runtime_error(self):
        src = """
        def f(head):
            head.next.next = head
            return head
        """
        r = run(src, function("f", [("head", "ListNode")], "ListNode", [[1, 2]]))
        self.assertEqual(r.code, 1, r)
        self.assertIn("cycle", r.stderr)

    MAX_DEPTH = """
    class Solution:
        def maxDepth(self, root: Optional[TreeNode]) -> int:
            if not root:
                return 0
            return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
    """

    def test_tree_max_depth(self):
        for tree, depth in [([3, 9, 20, None, None, 15, 7], 3), ([1, None, 2], 2), ([], 0),
                            ([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1], 4)]:
            doc = function("maxDepth", [("root", "TreeNode")], "int", [tree])
            r = run(self.MAX_DEPTH, doc)
            self.assertEqual((r.code, r.result), (0, {"ok": depth}), (tree, r))

    def test_deep_tree_recursion(self):
        # A path of 10^4 nodes (LeetCode's usual bound): recursion far beyond Python's default
        # limit of 1000, and beyond 10000 once the harness's own frames count.
        tree = [0]
        for i in range(1, 10000):
            tree += [None, i]
        doc = function("maxDepth", [("root", "TreeNode")], "int", [tree])
        r = run(self.MAX_DEPTH, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": 10000}), r.stderr[-500:])

    def test_deep_memoized_recursion(self):
        # Through @cache every level costs two of the recursion limit.
        src = """
        class Solution:
            def f(self, n: int) -> int:
                @cache
                def go(k):
                    return 0 if k == 0 else 1 + go(k - 1)
                return go(n)
        """
        r = run(src, function("f", [("n", "int")], "int", [10000]))
        self.assertEqual((r.code, r.result), (0, {"ok": 10000}), r.stderr[-500:])

    def test_tree_round_trip_and_invert(self):
        identity = "def f(root):\n    return root\n"
        invert = """
        class Solution:
            def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
                if root:
                    root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
                return root
        """
        cases = [
            ([4, 2, 7, 1, 3, 6, 9], [4, 7, 2, 9, 6, 3, 1]),
            ([1, None, 2], [1, 2]),
            ([], []),
            ([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1],
             [5, 8, 4, 4, 13, None, 11, 1, None, None, None, 2, 7]),
        ]
        for tree, inverted in cases:
            r = run(identity, function("f", [("root", "TreeNode")], "TreeNode", [tree]))
            self.assertEqual((r.code, r.result), (0, {"ok": tree}), r)
            doc = function("invertTree", [("root", "TreeNode")], "TreeNode", [tree])
            r = run(invert, doc)
            self.assertEqual((r.code, r.result), (0, {"ok": inverted}), r)

    def test_tree_values_as_canonical_int_text_print_as_ints(self):
        # A codec that leaves the values as strings prints the same tree on LeetCode.
        as_text = """
        def f(root):
            def walk(node):
                if node:
                    node.val = str(node.val)
                    walk(node.left)
                    walk(node.right)
            walk(root)
            return root
        """
        tree = [5, -3, 9, None, 40]
        r = run(as_text, function("f", [("root", "TreeNode")], "TreeNode", [tree]))
        self.assertEqual((r.code, r.result), (0, {"ok": tree}), r)
        # Text that does not print as the int does is not one.
        for text in ("05", " 5", "5.0", "x", "--5", "-", "+5", "5_0"):
            src = "def f(root):\n    root.val = %r\n    return root\n" % text
            r = run(src, function("f", [("root", "TreeNode")], "TreeNode", [[5]]))
            self.assertEqual(r.code, 0, r)
            self.assertNotEqual(r.result, {"ok": [5]}, (text, r))

    def test_tree_trailing_nulls_in_input(self):
        r = run("def f(root):\n    return root\n",
                function("f", [("root", "TreeNode")], "TreeNode", [[1, 2, None, None, None]]))
        self.assertEqual(r.result, {"ok": [1, 2]}, r)

    def test_list_of_trees(self):
        src = "def f(roots):\n    return [r.left for r in roots]\n"
        doc = function("f", [("roots", "list<TreeNode>")], "list<TreeNode>",
                       [[[1, 2, 3], [4, None, 5]]])
        r = run(src, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": [[2], []]}), r)

    def test_bool_and_int_coercions(self):
        src = "def f(x):\n    return x\n"
        cases = [
            ("int", "bool", 1, True),
            ("int", "bool", 0, False),
            ("bool", "int", True, 1),
            ("bool", "bool", False, False),
            ("list<int>", "list<bool>", [1, 0], [True, False]),
            ("list<bool>", "list<int>", [True, False], [1, 0]),
        ]
        for param, returns, given, expected in cases:
            r = run(src, function("f", [("x", param)], returns, [given]))
            self.assertEqual((r.code, r.result), (0, {"ok": expected}), (param, returns, r))
            self.assertIs(type(r.result["ok"]), type(expected))

    def test_wrong_return_type_is_a_wrong_answer(self):
        cases = [
            ("int", "return None", None),
            ("list<int>", "return 'abc'", "abc"),
            ("bool", "return 2", 2),
            ("int", "return [1]", [1]),
            ("string", "return 5", 5),
            ("list<int>", "return [1, None, 3]", [1, None, 3]),
        ]
        for returns, body, expected in cases:
            src = "def f(x):\n    %s\n" % body
            r = run(src, function("f", [("x", "int")], returns, [1]))
            self.assertEqual((r.code, r.result), (0, {"ok": expected}), (returns, body, r))

    def test_wrong_type_that_would_compare_equal_is_shown_as_a_string(self):
        # A float for an int (numbers compare with a tolerance), a Python list for a ListNode,
        # bytes for a string: the value is shown as a string naming its type.
        cases = [
            ("int", "return 3.0", "3.0 (float, not int)"),
            ("ListNode", "return [1, 2]", "[1, 2] (list, not ListNode)"),
            ("string", "return b'ab'", "b'ab' (bytes, not string)"),
            ("list<int>", "return [1, 2.5]", [1, "2.5 (float, not int)"]),
        ]
        for returns, body, expected in cases:
            src = "def f(x):\n    %s\n" % body
            r = run(src, function("f", [("x", "int")], returns, [1]))
            self.assertEqual((r.code, r.result), (0, {"ok": expected}), (returns, body, r))

    def test_optional_types(self):
        src = "def f(x, xs):\n    return x\n"
        doc = function("f", [("x", "int?"), ("xs", "list<int?>")], "int?", [None, [1, None]])
        r = run(src, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": None}), r)
        doc["args"] = [7, []]
        self.assertEqual(run(src, doc).result, {"ok": 7})
        src = "def g(xs):\n    return xs\n"
        doc = function("g", [("xs", "list<int>?")], "list<int>?", [None])
        self.assertEqual(run(src, doc).result, {"ok": None})

    def test_list_of_list_of_strings(self):
        src = """
        class Solution:
            def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
                groups = defaultdict(list)
                for s in strs:
                    groups["".join(sorted(s))].append(s)
                return list(groups.values())
        """
        doc = function("groupAnagrams", [("strs", "list<string>")], "list<list<string>>",
                       [["eat", "tea", "tan", "ate", "nat", "bat"]])
        r = run(src, doc)
        self.assertEqual(
            (r.code, r.result),
            (0, {"ok": [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]}), r)

    def test_char_board(self):
        src = """
        class Solution:
            def exist(self, board: List[List[str]], word: str) -> bool:
                rows, cols = len(board), len(board[0])
                def dfs(r, c, i):
                    if i == len(word):
                        return True
                    if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                        return False
                    board[r][c] = "#"
                    found = any(dfs(r + dr, c + dc, i + 1)
                                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
                    board[r][c] = word[i]
                    return found
                return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
        """
        for word, found in [("ABDC", True), ("ABCD", False)]:
            doc = function("exist", [("board", "list<list<char>>"), ("word", "string")], "bool",
                           [[["A", "B"], ["C", "D"]], word])
            r = run(src, doc)
            self.assertEqual((r.code, r.result), (0, {"ok": found}), r)

    def test_char_and_list_of_char(self):
        src = """
        def f(c, cs):
            return [c.upper()] + cs[::-1]
        def g(c):
            return chr(ord(c) + 1)
        """
        doc = function("f", [("c", "char"), ("cs", "list<char>")], "list<char>",
                       [["a"][0], ["x", "y"]])
        r = run(src, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": ["A", "y", "x"]}), r)
        r = run(src, function("g", [("c", "char")], "char", ["a"]))
        self.assertEqual((r.code, r.result), (0, {"ok": "b"}), r)

    def test_double(self):
        src = """
        class Solution:
            def myPow(self, x: float, n: int) -> float:
                return x ** n
            def average(self, nums: List[int]) -> float:
                return sum(nums) // len(nums)
        """
        r = run(src, function("myPow", [("x", "double"), ("n", "int")], "double", [2, 10]))
        self.assertEqual((r.code, r.result), (0, {"ok": 1024.0}), r)
        r = run(src, function("myPow", [("x", "double"), ("n", "int")], "double", [2.1, 3]))
        self.assertAlmostEqual(r.result["ok"], 9.261, places=9)
        r = run(src, function("average", [("nums", "list<int>")], "double", [[1, 2, 3]]))
        self.assertEqual((r.code, r.result), (0, {"ok": 2}), r)

    def test_non_finite_double_is_a_wrong_answer(self):
        r = run("def f(x):\n    return x / 0.0 if False else float('inf')\n",
                function("f", [("x", "double")], "double", [1.0]))
        self.assertEqual((r.code, r.result), (0, {"ok": "inf"}), r)

    def test_long_and_big_ints(self):
        src = "def f(x):\n    return x * 2\n"
        r = run(src, function("f", [("x", "long")], "long", [2**40]))
        self.assertEqual(r.result, {"ok": 2**41})
        r = run(src, function("f", [("x", "long")], "long", [2**62]))
        self.assertEqual(r.result, {"ok": 2**63})

    def test_void_function_returns_null(self):
        src = "def f(nums):\n    nums.sort()\n    return nums\n"
        r = run(src, function("f", [("nums", "list<int>")], "void", [[3, 1]]))
        self.assertEqual((r.code, r.result), (0, {"ok": None}), r)


class DesignProblems(unittest.TestCase):
    def test_lru_cache(self):
        r = run(LRU_SOURCE, LRU)
        self.assertEqual((r.code, r.result), (0, {"ok": LRU_EXPECTED}), r)

    def test_lru_cache_check_mode(self):
        doc = {k: v for k, v in LRU.items() if k not in ("calls", "args")}
        r = run(LRU_SOURCE, doc, check=True)
        self.assertEqual((r.code, r.result), (0, {"ok": None}), r)

    def test_misspelled_method(self):
        src = LRU_SOURCE.replace("def get(", "def gett(")
        r = run(src, LRU)
        self.assertEqual(r.code, 2, r)
        message = r.result["signature_error"]
        self.assertIn("no method get on class LRUCache", message)
        self.assertIn("def get(self, key)", message)
        self.assertIn("did you mean gett?", message)
        self.assertIn(message, r.stderr)
        r = run(src, {k: v for k, v in LRU.items() if k not in ("calls", "args")}, check=True)
        self.assertEqual(r.code, 2, r)
        self.assertIn("did you mean gett?", r.result["signature_error"])

    def test_misspelled_method_is_found_before_any_call(self):
        src = LRU_SOURCE.replace("def get(", "def gett(").replace(
            "self.cap = capacity", "print('constructed'); self.cap = capacity")
        r = run(src, LRU)
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.stdout, "")

    def test_missing_class(self):
        src = LRU_SOURCE.replace("class LRUCache", "class LRUCach")
        r = run(src, LRU)
        self.assertEqual(r.code, 2, r)
        message = r.result["signature_error"]
        self.assertIn("no class LRUCache in solution.py", message)
        self.assertIn("did you mean LRUCach?", message)

    def test_constructor_arity(self):
        src = LRU_SOURCE.replace("def __init__(self, capacity: int):",
                                 "def __init__(self):\n        capacity = 2")
        r = run(src, LRU)
        self.assertEqual(r.code, 2, r)
        self.assertIn("LRUCache.__init__ takes 0 parameters () but the problem passes 1 "
                      "(capacity)", r.result["signature_error"])
        r = run(src, {k: v for k, v in LRU.items() if k not in ("calls", "args")}, check=True)
        self.assertEqual(r.code, 2, r)

    def test_method_arity_in_check_mode(self):
        src = LRU_SOURCE.replace("def put(self, key: int, value: int)", "def put(self, key)")
        r = run(src, {k: v for k, v in LRU.items() if k not in ("calls", "args")}, check=True)
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.result["signature_error"],
                         "LRUCache.put takes 1 parameter (key) but the problem passes 2 "
                         "(key, value)")

    def test_call_that_raises_mid_sequence(self):
        src = LRU_SOURCE.replace("self.d.move_to_end(key)\n        return self.d[key]",
                                 "self.d.move_to_end(key)\n        return self.d[key] // 0")
        r = run(src, LRU)
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.result, {"failed_call": 3, "partial": [None, None, None]})
        self.assertIn("ZeroDivisionError", r.stderr)
        self.assertIn('File "%s", line 11, in get' % SHOWN, r.stderr)
        self.assertNotIn("harness", r.stderr)

    def test_constructor_that_raises(self):
        src = LRU_SOURCE.replace("self.cap = capacity", "raise RuntimeError('nope')")
        r = run(src, LRU)
        self.assertEqual(r.code, 1, r)
        self.assertEqual(r.result, {"failed_call": 0, "partial": []})

    def test_design_with_tree_and_list_types(self):
        src = """
        class Codec:
            def serialize(self, root):
                out = []
                def go(n):
                    if n:
                        out.append(str(n.val)); go(n.left); go(n.right)
                    else:
                        out.append("#")
                go(root)
                return ",".join(out)
            def deserialize(self, data):
                vals = iter(data.split(","))
                def go():
                    v = next(vals)
                    if v == "#":
                        return None
                    n = TreeNode(int(v))
                    n.left, n.right = go(), go()
                    return n
                return go()
            def both(self, root):
                return self.deserialize(self.serialize(root))
        """
        doc = {
            "kind": "design", "class": "Codec", "constructor": {"params": []},
            "methods": {
                "serialize": {"params": [{"name": "root", "type": "TreeNode"}],
                              "returns": "string"},
                "both": {"params": [{"name": "root", "type": "TreeNode"}],
                         "returns": "TreeNode"},
            },
            "calls": ["Codec", "serialize", "both"],
            "args": [[], [[1, 2, 3, None, None, 4, 5]], [[1, 2, 3, None, None, 4, 5]]],
        }
        r = run(src, doc)
        self.assertEqual(
            (r.code, r.result),
            (0, {"ok": [None, "1,2,#,#,3,4,#,#,5,#,#", [1, 2, 3, None, None, 4, 5]]}), r)


class SignatureErrors(unittest.TestCase):
    def test_misspelled_method_on_solution(self):
        src = TWO_SUM.replace("def twoSum(", "def twoSums(")
        for check in (False, True):
            r = run(src, two_sum(args=None if check else ([2, 7], 9)), check=check)
            self.assertEqual(r.code, 2, r)
            self.assertEqual(
                r.result["signature_error"],
                "no method twoSum on class Solution (expected def twoSum(self, nums, target)); "
                "did you mean twoSums?")
            self.assertIn("did you mean twoSums?", r.stderr)

    def test_missing_solution_class(self):
        src = "class Solutoin:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
        r = run(src, two_sum())
        self.assertEqual(r.code, 2, r)
        message = r.result["signature_error"]
        self.assertTrue(message.startswith(
            "no class Solution and no function two_sum in solution.py (expected class "
            "Solution with method twoSum(self, nums, target)"), message)
        self.assertIn("did you mean Solutoin?", message)

    def test_snake_case_method_on_solution_suggested(self):
        src = TWO_SUM.replace("def twoSum(", "def two_sum(")
        r = run(src, two_sum())
        self.assertEqual(r.code, 2, r)
        self.assertIn("did you mean two_sum?", r.result["signature_error"])

    def test_wrong_arity(self):
        src = "class Solution:\n    def twoSum(self, nums):\n        return [0, 1]\n"
        expected = ("Solution.twoSum takes 1 parameter (nums) but the problem passes 2 "
                    "(nums, target)")
        for check in (False, True):
            r = run(src, two_sum(args=None if check else ([2, 7], 9)), check=check)
            self.assertEqual((r.code, r.result), (2, {"signature_error": expected}), r)

    def test_wrong_arity_top_level_function(self):
        src = "def two_sum(nums, target, extra):\n    return [0, 1]\n"
        r = run(src, two_sum())
        self.assertEqual(r.code, 2, r)
        self.assertEqual(r.result["signature_error"],
                         "two_sum takes 3 parameters (nums, target, extra) but the problem "
                         "passes 2 (nums, target)")

    def test_defaults_and_varargs_are_accepted(self):
        for sig in ("self, nums, target, memo=None", "self, *args", "self, nums, *rest"):
            src = "class Solution:\n    def twoSum(%s):\n        return [0, 1]\n" % sig
            for check in (False, True):
                r = run(src, two_sum(args=None if check else ([2, 7], 9)), check=check)
                self.assertEqual(r.code, 0, (sig, r))

    def test_static_and_decorated_methods(self):
        src = """
        class Solution:
            @staticmethod
            def twoSum(nums, target):
                return [0, 1]
        """
        for check in (False, True):
            r = run(src, two_sum(args=None if check else ([2, 7], 9)), check=check)
            self.assertEqual(r.code, 0, r)
        src = """
        class Solution:
            @lru_cache(None)
            def f(self, n):
                return n if n < 2 else self.f(n - 1) + self.f(n - 2)
        """
        doc = function("f", [("n", "int")], "int")
        self.assertEqual(run(src, doc, check=True).code, 0)
        doc["args"] = [30]
        self.assertEqual(run(src, doc).result, {"ok": 832040})

    def test_type_error_inside_user_code_is_not_a_signature_error(self):
        src = "class Solution:\n    def twoSum(self, nums, target):\n        return len(5)\n"
        r = run(src, two_sum())
        self.assertEqual(r.code, 1, r)
        self.assertIn("TypeError", r.stderr)
        self.assertIsNone(r.result)

    def test_check_mode_ok_and_loads_top_level(self):
        r = run("print('top')\n" + TWO_SUM, two_sum(args=None), check=True)
        self.assertEqual((r.code, r.result), (0, {"ok": None}), r)
        self.assertEqual(r.stdout, "top\n")

    def test_preimported_name_is_not_taken_for_the_function(self):
        # `count` is itertools.count in the prelude, not a solution.
        doc = function("count", [("n", "int")], "int", [3])
        r = run("x = 1\n", doc)
        self.assertEqual(r.code, 2, r)
        self.assertIn("no class Solution and no function count", r.result["signature_error"])


class ProblemErrors(unittest.TestCase):
    def test_input_not_matching_type(self):
        r = run(TWO_SUM, two_sum(([2, "7"], 9)))
        self.assertEqual(r.code, 3, r)
        self.assertIn('nums[1]: expected int, got "7"', r.stderr)

    def test_a_bad_design_argument_is_named_by_its_call(self):
        # Plain arguments skip the per-argument words; a bad one still gets all of them.
        doc = dict(LRU, args=[[2], [1, 1], [2, 2], [1], [3, "3"], [2], [4, 4], [1], [3], [4]])
        r = run(LRU_SOURCE, doc)
        self.assertEqual(r.code, 3, r)
        self.assertIn('call 4 (put): argument value: expected int, got "3"', r.stderr)
        doc = function("f", [("grid", "list<list<int>>")], "int", [[[1, 2], [3, "x"]]])
        r = run("def f(grid):\n    return 0\n", doc)
        self.assertEqual(r.code, 3, r)
        self.assertIn('input: argument grid[1][1]: expected int, got "x"', r.stderr)

    def test_an_integral_float_is_still_an_int_argument(self):
        doc = dict(LRU, args=[[2.0], [1, 1.0], [2, 2], [1.0], [3, 3], [2], [4, 4], [1], [3], [4]])
        r = run(LRU_SOURCE, doc)
        self.assertEqual((r.code, r.result), (0, {"ok": LRU_EXPECTED}), r)

    def test_wrong_argument_count(self):
        r = run(TWO_SUM, two_sum(([2, 7],)))
        self.assertEqual(r.code, 3, r)

    def test_unknown_type(self):
        doc = function("f", [("x", "integer")], "int", [1])
        r = run("def f(x):\n    return x\n", doc)
        self.assertEqual(r.code, 3, r)
        self.assertIn("unknown type", r.stderr)

    def test_bad_level_order(self):
        doc = function("f", [("root", "TreeNode")], "TreeNode", [[1, None, None, 2]])
        r = run("def f(root):\n    return root\n", doc)
        self.assertEqual(r.code, 3, r)

    def test_not_json(self):
        r = run(TWO_SUM, None, raw_stdin="{nope")
        self.assertEqual(r.code, 3, r)

    def test_problem_error_is_found_before_user_code_runs(self):
        r = run("print('ran')\n" + TWO_SUM, two_sum(([2, 7], "9")))
        self.assertEqual((r.code, r.stdout), (3, ""), r)

    def test_undeclared_design_call(self):
        doc = dict(LRU, calls=["LRUCache", "delete"], args=[[2], [1]])
        r = run(LRU_SOURCE, doc)
        self.assertEqual(r.code, 3, r)


if __name__ == "__main__":
    unittest.main()
