class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        if num1 == "0" or num2 == "0":
            return "0"
        m, n = len(num1), len(num2)
        # Digit i of num1 times digit j of num2 lands in positions i + j and i + j + 1.
        res = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            a = ord(num1[i]) - 48
            for j in range(n - 1, -1, -1):
                total = res[i + j + 1] + a * (ord(num2[j]) - 48)
                res[i + j + 1] = total % 10
                res[i + j] += total // 10
        start = 0
        while start < len(res) - 1 and res[start] == 0:
            start += 1
        return "".join(map(str, res[start:]))
