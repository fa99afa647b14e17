class Solution:
    def asteroidCollision(self, asteroids: List[int]) -> List[int]:
        # Bug: on a tie only the left-mover explodes; the right-mover on the stack survives.
        stack = []
        for a in asteroids:
            alive = True
            while alive and a < 0 and stack and stack[-1] > 0:
                if stack[-1] < -a:
                    stack.pop()
                else:
                    alive = False
            if alive:
                stack.append(a)
        return stack
