class Ledger:

    def __init__(self, snapshotEvery: int):
        self.every = snapshotEvery
        self.version = 0
        self.balance = {}   # account -> current balance
        self.versions = {}  # account -> versions of the events that changed it, increasing
        self.history = {}   # account -> its balance after each of those events

    def _accepts(self, expectedVersion: int) -> bool:
        return expectedVersion == -1 or expectedVersion == self.version

    def _reject(self) -> int:
        # Bug: a rejected event still uses up a version number.
        self.version += 1
        return -1

    def _record(self, changes) -> int:
        self.version += 1
        for account, delta in changes:
            b = self.balance.get(account, 0) + delta
            self.balance[account] = b
            self.versions.setdefault(account, []).append(self.version)
            self.history.setdefault(account, []).append(b)
        return self.version

    def deposit(self, account: str, amount: int, expectedVersion: int) -> int:
        if not self._accepts(expectedVersion):
            return self._reject()
        return self._record([(account, amount)])

    def withdraw(self, account: str, amount: int, expectedVersion: int) -> int:
        if not self._accepts(expectedVersion) or self.balance.get(account, 0) < amount:
            return self._reject()
        return self._record([(account, -amount)])

    def transfer(self, source: str, target: str, amount: int, expectedVersion: int) -> int:
        if not self._accepts(expectedVersion) or source == target or self.balance.get(source, 0) < amount:
            return self._reject()
        return self._record([(source, -amount), (target, amount)])

    def balanceAt(self, account: str, version: int) -> int:
        if version > self.version:
            return -1
        i = bisect.bisect_right(self.versions.get(account, []), version)
        return self.history[account][i - 1] if i else 0

    def latestSnapshot(self) -> int:
        return self.version - self.version % self.every
