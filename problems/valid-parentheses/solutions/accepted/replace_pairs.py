class Solution:
    def isValid(self, s: str) -> bool:
        # Removes adjacent matching pairs until none is left: O(n^2) in the worst case, which
        # is fine for n <= 10^4 since each pass runs in C.
        while True:
            t = s.replace("()", "").replace("[]", "").replace("{}", "")
            if t == s:
                return s == ""
            s = t
