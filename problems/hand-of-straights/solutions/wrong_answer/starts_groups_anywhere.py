class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # Bug: builds a straight upwards from whichever card comes next in the hand, not from the
        # smallest one, so it can use up cards a smaller straight needed.
        if len(hand) % groupSize:
            return False
        count = collections.Counter(hand)
        for card in hand:
            if count[card] == 0:
                continue
            for nxt in range(card, card + groupSize):
                if count[nxt] == 0:
                    return False
                count[nxt] -= 1
        return True
