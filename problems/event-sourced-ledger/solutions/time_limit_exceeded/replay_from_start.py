class Ledger:

    def __init__(self, snapshotEvery: int):
        self.every = snapshotEvery
        self.log = []       # (account, delta) pairs per accepted event
        self.balance = {}

    def _ok(self, expectedVersion):
        return expectedVersion in (-1, len(self.log))

    def deposit(self, account: str, amount: int, expectedVersion: int) -> int:
        if not self._ok(expectedVersion):
            return -1
        self.balance[account] = self.balance.get(account, 0) + amount
        self.log.append(((account, amount),))
        return len(self.log)

    def withdraw(self, account: str, amount: int, expectedVersion: int) -> int:
        if not self._ok(expectedVersion) or self.balance.get(account, 0) < amount:
            return -1
        self.balance[account] -= amount
        self.log.append(((account, -amount),))
        return len(self.log)

    def transfer(self, source: str, target: str, amount: int, expectedVersion: int) -> int:
        if not self._ok(expectedVersion) or source == target or self.balance.get(source, 0) < amount:
            return -1
        self.balance[source] -= amount
        self.balance[target] = self.balance.get(target, 0) + amount
        self.log.append(((source, -amount), (target, amount)))
        return len(self.log)

    def balanceAt(self, account: str, version: int) -> int:
        if version > len(self.log):
            return -1
        b = 0
        for event in self.log[:version]:
            for acc, delta in event:
                if acc == account:
                    b += delta
        return b

    def latestSnapshot(self) -> int:
        return len(self.log) - len(self.log) % self.every
