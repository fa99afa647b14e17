class WordDictionary:
    # Forgets to mark where words end: any prefix of an added word is found too.

    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word: str) -> bool:
        def dfs(node, i):
            if i == len(word):
                return True
            if word[i] == ".":
                return any(dfs(child, i + 1) for child in node.values())
            return word[i] in node and dfs(node[word[i]], i + 1)

        return dfs(self.root, 0)
