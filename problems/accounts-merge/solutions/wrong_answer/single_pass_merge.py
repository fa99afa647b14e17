# Merges each account into the first earlier group it overlaps, in one pass: a later account that
# bridges two existing groups does not join them together.
class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        groups = []
        for acc in accounts:
            emails = set(acc[1:])
            for g in groups:
                if g[1] & emails:
                    g[1].update(emails)
                    break
            else:
                groups.append([acc[0], emails])
        return [[name] + sorted(emails) for name, emails in groups]
