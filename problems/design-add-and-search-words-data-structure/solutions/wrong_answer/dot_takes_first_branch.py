class WordDictionary:
    # On a dot, follows only the first child instead of trying every child.

    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch == ".":
                kids = [k for k in node if k != "$"]
                if not kids:
                    return False
                node = node[kids[0]]
            elif ch in node:
                node = node[ch]
            else:
                return False
        return "$" in node
