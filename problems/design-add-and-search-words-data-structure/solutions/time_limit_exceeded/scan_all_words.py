class WordDictionary:
    # Keeps a plain list and compares every stored word letter by letter on each search.

    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if len(w) != len(word):
                continue
            ok = True
            for a, b in zip(w, word):
                if b != "." and a != b:
                    ok = False
                    break
            if ok:
                return True
        return False
