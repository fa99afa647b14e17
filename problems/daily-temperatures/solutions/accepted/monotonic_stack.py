class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # Stack of days still waiting for a warmer one; their readings never increase upward.
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < t:
                j = waiting.pop()
                answer[j] = i - j
            waiting.append(i)
        return answer
