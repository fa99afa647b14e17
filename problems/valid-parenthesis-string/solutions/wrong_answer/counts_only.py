class Solution:
    def checkValidString(self, s: str) -> bool:
        # Bug: compares the numbers of each character but ignores their order.
        opens, closes, stars = s.count("("), s.count(")"), s.count("*")
        return abs(opens - closes) <= stars
