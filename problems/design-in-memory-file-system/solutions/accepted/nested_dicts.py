class FileSystem:

    def __init__(self):
        # A directory is a dict of its entries; a file is a list of content pieces.
        self.root = {}

    def _walk(self, path):
        node = self.root
        for part in path.split("/")[1:]:
            if part:
                node = node.setdefault(part, {})
        return node

    def ls(self, path: str) -> List[str]:
        parts = [p for p in path.split("/") if p]
        node = self.root
        for part in parts:
            node = node[part]
        if isinstance(node, list):
            return [parts[-1]]
        return sorted(node)

    def mkdir(self, path: str) -> None:
        self._walk(path)

    def addContentToFile(self, filePath: str, content: str) -> None:
        *dirs, name = filePath.split("/")
        parent = self._walk("/".join(dirs))
        parent.setdefault(name, []).append(content)

    def readContentFromFile(self, filePath: str) -> str:
        *dirs, name = filePath.split("/")
        return "".join(self._walk("/".join(dirs))[name])


# Your FileSystem object will be instantiated and called as such:
# obj = FileSystem()
# param_1 = obj.ls(path)
# obj.mkdir(path)
# obj.addContentToFile(filePath,content)
# param_4 = obj.readContentFromFile(filePath)
