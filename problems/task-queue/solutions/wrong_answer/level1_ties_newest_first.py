# Level 1 mistake: among equal priorities the newest task goes first.
class TaskQueue:
    """Waiting tasks in a heap by (-priority, sequence); leases and delays in a heap of
    (time, kind, sequence) events applied before each call; a state per task id."""

    def __init__(self):
        self.tasks = {}      # id -> {"priority", "seq", "state", "receives", "lease"}
        self.waiting = []    # heap of (-priority, seq, id), stale entries skipped
        self.events = []     # heap of (time, order, id, lease number)
        self.dead = []       # ids in the dead-letter queue, in order
        self.seq = 0
        self.order = 0
        self.max_receives = None
        self.n_waiting = 0

    def _wait(self, tid):
        t = self.tasks[tid]
        t["state"] = "waiting"
        self.n_waiting += 1
        heapq.heappush(self.waiting, (-t["priority"], -t["seq"], tid))

    def _fail(self, tid):
        """A lease that expired or was nacked: dead if out of receives, else back to waiting."""
        t = self.tasks[tid]
        if self.max_receives is not None and t["receives"] >= self.max_receives:
            t["state"] = "dead"
            self.dead.append(tid)
            return True
        return False

    def _advance(self, now):
        while self.events and self.events[0][0] <= now:
            _, _, tid, lease = heapq.heappop(self.events)
            t = self.tasks.get(tid)
            if t is None or t["lease"] != lease:
                continue  # acked, nacked or received again since
            if t["state"] == "in_flight":
                if not self._fail(tid):
                    self._wait(tid)
            elif t["state"] == "delayed":
                self._wait(tid)

    def _event(self, time, tid):
        self.order += 1
        t = self.tasks[tid]
        t["lease"] = self.order
        heapq.heappush(self.events, (time, self.order, tid, self.order))

    def _pop_waiting(self):
        while self.waiting:
            _, seq, tid = heapq.heappop(self.waiting)
            seq = -seq
            t = self.tasks.get(tid)
            if t is not None and t["state"] == "waiting" and t["seq"] == seq:
                self.n_waiting -= 1
                return tid
        return None

    # Level 1
    def enqueue(self, timestamp: int, taskId: str, priority: int) -> bool:
        self._advance(timestamp)
        if taskId in self.tasks and self.tasks[taskId]["state"] != "done":
            return False
        self.seq += 1
        self.tasks[taskId] = {"priority": priority, "seq": self.seq, "state": "waiting", "receives": 0, "lease": 0}
        self._wait(taskId)
        return True

    def dequeue(self, timestamp: int) -> Optional[str]:
        self._advance(timestamp)
        tid = self._pop_waiting()
        if tid is not None:
            self.tasks[tid]["state"] = "done"
        return tid

    def size(self, timestamp: int) -> int:
        self._advance(timestamp)
        return self.n_waiting

    # Level 2
    def receive(self, timestamp: int, timeout: int) -> Optional[str]:
        self._advance(timestamp)
        tid = self._pop_waiting()
        if tid is not None:
            t = self.tasks[tid]
            t["state"] = "in_flight"
            t["receives"] += 1
            self._event(timestamp + timeout, tid)
        return tid

    def ack(self, timestamp: int, taskId: str) -> bool:
        self._advance(timestamp)
        t = self.tasks.get(taskId)
        if t is None or t["state"] != "in_flight":
            return False
        t["state"] = "done"
        return True

    # Level 3
    def setMaxReceives(self, timestamp: int, maxReceives: int) -> None:
        self._advance(timestamp)
        self.max_receives = maxReceives

    def nack(self, timestamp: int, taskId: str, delay: int) -> bool:
        self._advance(timestamp)
        t = self.tasks.get(taskId)
        if t is None or t["state"] != "in_flight":
            return False
        t["lease"] = 0
        if self._fail(taskId):
            return True
        if delay == 0:
            self._wait(taskId)
        else:
            t["state"] = "delayed"
            self._event(timestamp + delay, taskId)
        return True

    def deadLetters(self, timestamp: int) -> List[str]:
        self._advance(timestamp)
        return list(self.dead)

    # Level 4
    def redrive(self, timestamp: int) -> int:
        self._advance(timestamp)
        moved = self.dead
        self.dead = []
        for tid in moved:
            t = self.tasks[tid]
            self.seq += 1
            t["seq"] = self.seq
            t["receives"] = 0
            self._wait(tid)
        return len(moved)

    def status(self, timestamp: int, taskId: str) -> Optional[str]:
        self._advance(timestamp)
        t = self.tasks.get(taskId)
        return None if t is None else t["state"]
