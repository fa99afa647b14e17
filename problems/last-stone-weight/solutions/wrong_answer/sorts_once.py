class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Bug: sorts once and puts each leftover stone back at the top, as if it were still the
        # heaviest.
        stones = sorted(stones)
        while len(stones) > 1:
            y = stones.pop()
            x = stones.pop()
            if y != x:
                stones.append(y - x)
        return stones[0] if stones else 0
