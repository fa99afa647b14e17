# Level 4 mistake: merging drops the merged account's pending payments.
class Bank:
    """Accounts with balances, outgoing totals and a balance history; scheduled payments kept
    in a heap by (due time, number)."""

    def __init__(self):
        self.balance = {}    # account -> balance
        self.outgoing = {}   # account -> total sent by transfers and payments
        self.history = {}    # account -> ([times], [balance or None]), None: no such account
        self.payments = []   # heap of (due, number, account, amount)
        self.pending = {}    # "paymentN" -> owner account, while the payment is scheduled
        self.count = 0

    def _record(self, t, account):
        times, balances = self.history.setdefault(account, ([], []))
        times.append(t)
        balances.append(self.balance.get(account))

    def _due(self, t):
        while self.payments and self.payments[0][0] <= t:
            due, number, _, amount = heapq.heappop(self.payments)
            pid = "payment%d" % number
            if pid not in self.pending:
                continue  # cancelled
            account = self.pending.pop(pid)
            if self.balance[account] >= amount:
                self.balance[account] -= amount
                self.outgoing[account] += amount
                self._record(due, account)

    # Level 1
    def createAccount(self, timestamp: int, accountId: str) -> bool:
        self._due(timestamp)
        if accountId in self.balance:
            return False
        self.balance[accountId] = 0
        self.outgoing[accountId] = 0
        self._record(timestamp, accountId)
        return True

    def deposit(self, timestamp: int, accountId: str, amount: int) -> Optional[int]:
        self._due(timestamp)
        if accountId not in self.balance:
            return None
        self.balance[accountId] += amount
        self._record(timestamp, accountId)
        return self.balance[accountId]

    def transfer(self, timestamp: int, sourceId: str, targetId: str, amount: int) -> Optional[int]:
        self._due(timestamp)
        if sourceId == targetId or sourceId not in self.balance or targetId not in self.balance:
            return None
        if self.balance[sourceId] < amount:
            return None
        self.balance[sourceId] -= amount
        self.balance[targetId] += amount
        self.outgoing[sourceId] += amount
        self._record(timestamp, sourceId)
        self._record(timestamp, targetId)
        return self.balance[sourceId]

    # Level 2
    def topSpenders(self, timestamp: int, n: int) -> List[str]:
        self._due(timestamp)
        ranked = sorted(self.balance, key=lambda a: (-self.outgoing[a], a))
        return ["%s(%d)" % (a, self.outgoing[a]) for a in ranked[:n]]

    # Level 3
    def schedulePayment(self, timestamp: int, accountId: str, amount: int, delay: int) -> Optional[str]:
        self._due(timestamp)
        if accountId not in self.balance:
            return None
        self.count += 1
        pid = "payment%d" % self.count
        self.pending[pid] = accountId
        heapq.heappush(self.payments, (timestamp + delay, self.count, accountId, amount))
        return pid

    def cancelPayment(self, timestamp: int, accountId: str, paymentId: str) -> bool:
        self._due(timestamp)
        if self.pending.get(paymentId) != accountId:
            return False
        del self.pending[paymentId]
        return True

    # Level 4
    def mergeAccounts(self, timestamp: int, accountId1: str, accountId2: str) -> bool:
        self._due(timestamp)
        if accountId1 == accountId2 or accountId1 not in self.balance or accountId2 not in self.balance:
            return False
        self.balance[accountId1] += self.balance.pop(accountId2)
        self.outgoing[accountId1] += self.outgoing.pop(accountId2)
        # the merged account's pending payments are dropped with it
        self.pending = {pid: owner for pid, owner in self.pending.items() if owner != accountId2}
        self._record(timestamp, accountId1)
        self._record(timestamp, accountId2)
        return True

    def getBalance(self, timestamp: int, accountId: str, timeAt: int) -> Optional[int]:
        self._due(timestamp)
        times, balances = self.history.get(accountId, ([], []))
        i = bisect_right(times, timeAt)
        return balances[i - 1] if i else None
