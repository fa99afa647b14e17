class LockService:

    def __init__(self):
        self.holder = ""         # client of the current lease ("" when never taken or released)
        self.expires = 0         # the lease is valid while time < expires
        self.owner = [""]        # owner[token] = client the token was issued to; tokens start at 1
        self.highest = 0         # highest token among accepted writes

    def _holds(self, clientId, time):
        return self.holder == clientId and time <= self.expires

    def acquire(self, clientId: str, time: int, ttl: int) -> int:
        if self.holder and time <= self.expires:
            return -1
        self.holder = clientId
        self.expires = time + ttl
        self.owner.append(clientId)
        return len(self.owner) - 1

    def renew(self, clientId: str, time: int, ttl: int) -> bool:
        if not self._holds(clientId, time):
            return False
        self.expires = time + ttl
        return True

    def release(self, clientId: str, time: int) -> bool:
        if not self._holds(clientId, time):
            return False
        self.holder = ""
        return True

    def write(self, clientId: str, token: int, time: int) -> bool:
        if not (1 <= token < len(self.owner) and self.owner[token] == clientId):
            return False
        if token < self.highest:
            return False
        self.highest = token
        return True

    def getHolder(self, time: int) -> str:
        return self.holder if self.holder and time <= self.expires else ""
