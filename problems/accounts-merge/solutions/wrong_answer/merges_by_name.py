# Treats accounts with the same name as the same person.
class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        by_name = collections.defaultdict(set)
        for acc in accounts:
            by_name[acc[0]].update(acc[1:])
        return [[name] + sorted(emails) for name, emails in by_name.items()]
