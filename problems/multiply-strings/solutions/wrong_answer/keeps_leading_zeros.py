class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Bug: strips only the one spare leading position, so a zero product comes out as "00...".
        m, n = len(num1), len(num2)
        res = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                total = res[i + j + 1] + int(num1[i]) * int(num2[j])
                res[i + j + 1] = total % 10
                res[i + j] += total // 10
        if res[0] == 0:
            res = res[1:]
        return "".join(map(str, res))
