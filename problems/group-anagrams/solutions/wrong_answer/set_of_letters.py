class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for s in strs:
            # Bug: only which letters occur is compared, not how often, so "aab" and "abb"
            # end up in the same group.
            key = frozenset(s)
            groups.setdefault(key, []).append(s)
        return list(groups.values())
