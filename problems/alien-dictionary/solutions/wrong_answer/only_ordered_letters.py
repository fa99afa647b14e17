# Builds the order from the letters that appear in some comparison only, dropping the others.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after = collections.defaultdict(set)
        indegree = {}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    indegree.setdefault(x, 0)
                    indegree.setdefault(y, 0)
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                    break
            else:
                if len(a) > len(b):
                    return ""
        queue = collections.deque(ch for ch in indegree if indegree[ch] == 0)
        order = []
        while queue:
            ch = queue.popleft()
            order.append(ch)
            for nxt in after[ch]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    queue.append(nxt)
        return "".join(order) if len(order) == len(indegree) else ""
