class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        parent = {}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        name_of = {}
        for acc in accounts:
            name, first = acc[0], acc[1]
            for email in acc[1:]:
                parent.setdefault(email, email)
                name_of[email] = name
                parent[find(email)] = find(first)
        groups = collections.defaultdict(list)
        for email in parent:
            groups[find(email)].append(email)
        return [[name_of[root]] + sorted(emails) for root, emails in groups.items()]
