class FifoQueue:

    DEDUP_WINDOW = 300

    def __init__(self, visibilityTimeout: int):
        self.timeout = visibilityTimeout
        self.seq = 0                 # numbers accepted messages 1, 2, ...
        self.receipts = 0            # numbers successful receives 1, 2, ...
        self.dedup = {}              # dedupId -> time of its latest accepted send
        self.groups = {}             # groupId -> deque of seqs still in the queue, oldest first
        self.msgs = {}               # seq -> [groupId, body, receipt number, in flight until]
        self.ready = []              # heap of (seq of a group's head, groupId): groups free to receive
        self.flight = []             # heap of (until, seq, receipt number)
        self.receipt_seq = {}        # receipt number -> seq of the message it was given for

    def send(self, groupId: str, dedupId: str, body: str, time: int) -> int:
        last = self.dedup.get(dedupId)
        # Bug: every send, even a duplicate, restarts the de-duplication window.
        self.dedup[dedupId] = time
        if last is not None and time < last + self.DEDUP_WINDOW:
            return -1
        self.seq += 1
        self.msgs[self.seq] = [groupId, body, 0, 0]
        group = self.groups.setdefault(groupId, deque())
        group.append(self.seq)
        if len(group) == 1:
            heappush(self.ready, (self.seq, groupId))
        return self.seq

    def receive(self, time: int) -> List[str]:
        # Messages whose visibility timeout has run out free their group again.
        while self.flight and self.flight[0][0] <= time:
            until, seq, receipt = heappop(self.flight)
            m = self.msgs.get(seq)
            if m is not None and m[2] == receipt:
                heappush(self.ready, (seq, m[0]))
        while self.ready:
            seq, groupId = heappop(self.ready)
            m = self.msgs.get(seq)
            group = self.groups[groupId]
            if m is None or group[0] != seq or (m[2] and m[3] > time):
                continue  # stale entry
            self.receipts += 1
            m[2], m[3] = self.receipts, time + self.timeout
            heappush(self.flight, (m[3], seq, m[2]))
            self.receipt_seq[self.receipts] = seq
            return ["r%d" % self.receipts, groupId, m[1]]
        return []

    def delete(self, receiptHandle: str, time: int) -> bool:
        if not receiptHandle.startswith("r") or not receiptHandle[1:].isdigit():
            return False
        receipt = int(receiptHandle[1:])
        seq = self.receipt_seq.get(receipt)
        m = self.msgs.get(seq)
        # Only the latest receipt of a message still in the queue, before its timeout runs out.
        if m is None or m[2] != receipt or time >= m[3]:
            return False
        del self.msgs[seq]
        group = self.groups[m[0]]
        group.popleft()
        if group:
            heappush(self.ready, (group[0], m[0]))
        return True
