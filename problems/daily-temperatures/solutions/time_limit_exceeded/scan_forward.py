class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # From every day, walk forward to the first warmer one: O(n^2) on long plateaus.
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    answer[i] = j - i
                    break
        return answer
