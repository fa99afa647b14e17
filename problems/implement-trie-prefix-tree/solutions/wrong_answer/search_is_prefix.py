class Trie:

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word: str) -> bool:
        # Bug: no end-of-word mark, so any stored prefix is reported as a word.
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return True

    def startsWith(self, prefix: str) -> bool:
        return self.search(prefix)
