class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Anagrams have the same letters in sorted order; use that as the group's key.
        # defaultdict is not imported: LeetCode (and the judge's harness) pre-import it.
        groups = defaultdict(list)
        for s in strs:
            groups["".join(sorted(s))].append(s)
        return list(groups.values())
