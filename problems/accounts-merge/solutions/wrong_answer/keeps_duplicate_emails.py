# Collects the addresses of a person as a list, so an address listed twice appears twice.
class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        n = len(accounts)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        owner = {}
        for i, acc in enumerate(accounts):
            for e in acc[1:]:
                if e in owner:
                    parent[find(i)] = find(owner[e])
                else:
                    owner[e] = i
        groups = collections.defaultdict(list)
        for i, acc in enumerate(accounts):
            groups[find(i)].extend(acc[1:])
        return [[accounts[r][0]] + sorted(emails) for r, emails in groups.items()]
