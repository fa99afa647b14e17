class LockService:

    def __init__(self):
        self.grants = []    # (token, client, expires) of every acquire, renew and release
        self.accepted = []  # tokens of accepted writes

    def _lease(self, time):
        # The latest grant decides, if it still runs at `time`.
        if self.grants and time < self.grants[-1][2]:
            return self.grants[-1][:2]
        return None

    def acquire(self, clientId: str, time: int, ttl: int) -> int:
        if self._lease(time):
            return -1
        token = len({g[0] for g in self.grants}) + 1
        self.grants.append((token, clientId, time + ttl))
        return token

    def renew(self, clientId: str, time: int, ttl: int) -> bool:
        lease = self._lease(time)
        if not lease or lease[1] != clientId:
            return False
        self.grants.append((lease[0], clientId, time + ttl))
        return True

    def release(self, clientId: str, time: int) -> bool:
        lease = self._lease(time)
        if not lease or lease[1] != clientId:
            return False
        self.grants.append((lease[0], clientId, time))
        return True

    def write(self, clientId: str, token: int, time: int) -> bool:
        if not any(t == token and c == clientId for t, c, _ in self.grants):
            return False
        if self.accepted and token < max(self.accepted):
            return False
        self.accepted.append(token)
        return True

    def getHolder(self, time: int) -> str:
        lease = self._lease(time)
        return lease[1] if lease else ""
