class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # A triplet that exceeds the target anywhere can never be used. Merging all the others
        # is harmless, so check that together they reach each coordinate of the target.
        x, y, z = target
        found = [False, False, False]
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:
                found[0] |= a == x
                found[1] |= b == y
                found[2] |= c == z
        return all(found)
