class Codec:
    # Joins with a separator that "should not appear" in the strings; it can.
    def encode(self, strs: List[str]) -> str:
        return "|".join(strs)

    def decode(self, s: str) -> List[str]:
        return s.split("|")
