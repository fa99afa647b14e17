class Solution:
    def numDecodings(self, s: str) -> int:
        # Plain recursion without memoisation: tries every split, about fib(n) calls.
        def ways(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = ways(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                total += ways(i + 2)
            return total

        return ways(0)
