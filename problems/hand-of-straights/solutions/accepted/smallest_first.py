class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # The smallest remaining card must start a straight: take as many straights from it as
        # there are copies of it.
        if len(hand) % groupSize:
            return False
        count = collections.Counter(hand)
        for card in sorted(count):
            k = count[card]
            if k == 0:
                continue
            for nxt in range(card, card + groupSize):
                if count[nxt] < k:
                    return False
                count[nxt] -= k
        return True
