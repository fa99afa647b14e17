class Trie:

    def __init__(self):
        self.words = set()

    def insert(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        # Scans every stored word: O(number of words) per query.
        for w in self.words:
            if w.startswith(prefix):
                return True
        return False
