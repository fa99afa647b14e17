class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        out = []

        def build(prefix, opened, closed):
            if len(prefix) == 2 * n:
                out.append("".join(prefix))
                return
            if opened < n:
                prefix.append("(")
                build(prefix, opened + 1, closed)
                prefix.pop()
            if closed < opened:
                prefix.append(")")
                build(prefix, opened, closed + 1)
                prefix.pop()

        build([], 0, 0)
        return out
