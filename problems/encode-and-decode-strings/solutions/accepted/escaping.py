class Codec:
    # Doubles every "/" inside a string and ends each string with "/:".
    def encode(self, strs: List[str]) -> str:
        return "".join(s.replace("/", "//") + "/:" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, cur, i = [], [], 0
        while i < len(s):
            if s[i] == "/":
                if s[i + 1] == ":":
                    out.append("".join(cur))
                    cur = []
                else:
                    cur.append("/")
                i += 2
            else:
                cur.append(s[i])
                i += 1
        return out
