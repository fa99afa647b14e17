class CloudStorage:
    """Files by name with their size and owner; users with a capacity and the space they use;
    one backup per user."""

    ADMIN = None  # the owner of files added by addFile: no capacity

    def __init__(self):
        self.files = {}     # name -> [size, owner]
        self.capacity = {}  # user -> capacity
        self.used = {}      # user -> total size of their files
        self.backups = {}   # user -> {name: size}

    def _add(self, name, size, owner):
        self.files[name] = [size, owner]
        if owner is not None:
            self.used[owner] += size

    def _remove(self, name):
        size, owner = self.files.pop(name)
        if owner is not None:
            self.used[owner] -= size
        return size

    # Level 1
    def addFile(self, timestamp: int, name: str, size: int) -> bool:
        if name in self.files:
            return False
        self._add(name, size, self.ADMIN)
        return True

    def getFileSize(self, timestamp: int, name: str) -> Optional[int]:
        return self.files[name][0] if name in self.files else None

    def deleteFile(self, timestamp: int, name: str) -> Optional[int]:
        return self._remove(name) if name in self.files else None

    # Level 2
    def getLargestFiles(self, timestamp: int, prefix: str, n: int) -> List[str]:
        found = [(-size, name) for name, (size, _) in self.files.items() if name.startswith(prefix)]
        return ["%s(%d)" % (name, -neg) for neg, name in sorted(found)[:n]]

    # Level 3
    def addUser(self, timestamp: int, userId: str, capacity: int) -> bool:
        if userId in self.capacity:
            return False
        self.capacity[userId] = capacity
        self.used[userId] = 0
        return True

    def addFileBy(self, timestamp: int, userId: str, name: str, size: int) -> Optional[int]:
        if userId not in self.capacity or name in self.files:
            return None
        if self.used[userId] + size > self.capacity[userId]:
            return None
        self._add(name, size, userId)
        return self.capacity[userId] - self.used[userId]

    def updateCapacity(self, timestamp: int, userId: str, capacity: int) -> Optional[int]:
        if userId not in self.capacity:
            return None
        self.capacity[userId] = capacity
        mine = sorted((-s, name) for name, (s, owner) in self.files.items() if owner == userId)
        removed = 0
        for _, name in mine:
            if self.used[userId] <= capacity:
                break
            self._remove(name)
            removed += 1
        return removed

    # Level 4
    def backupUser(self, timestamp: int, userId: str) -> Optional[int]:
        if userId not in self.capacity:
            return None
        self.backups[userId] = {name: s for name, (s, owner) in self.files.items() if owner == userId}
        return len(self.backups[userId])

    def restoreUser(self, timestamp: int, userId: str) -> Optional[int]:
        if userId not in self.capacity:
            return None
        for name in [name for name, (_, owner) in self.files.items() if owner == userId]:
            self._remove(name)
        restored = 0
        for name, size in self.backups.get(userId, {}).items():
            if name not in self.files:
                self._add(name, size, userId)
                restored += 1
        return restored
