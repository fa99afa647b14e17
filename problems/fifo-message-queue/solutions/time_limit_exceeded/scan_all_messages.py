class FifoQueue:

    def __init__(self, visibilityTimeout: int):
        self.timeout = visibilityTimeout
        self.seq = 0
        self.receipts = 0
        self.dedup = {}
        self.msgs = {}  # seq -> [groupId, body, receipt, until], in send order

    def send(self, groupId: str, dedupId: str, body: str, time: int) -> int:
        last = self.dedup.get(dedupId)
        if last is not None and time < last + 300:
            return -1
        self.dedup[dedupId] = time
        self.seq += 1
        self.msgs[self.seq] = [groupId, body, 0, 0]
        return self.seq

    def receive(self, time: int) -> List[str]:
        # Too slow: walks every message in the queue on each receive.
        seen = set()
        for m in self.msgs.values():
            if m[0] in seen:
                continue
            seen.add(m[0])
            if m[2] == 0 or m[3] <= time:
                self.receipts += 1
                m[2], m[3] = self.receipts, time + self.timeout
                return ["r%d" % self.receipts, m[0], m[1]]
        return []

    def delete(self, receiptHandle: str, time: int) -> bool:
        receipt = int(receiptHandle[1:])
        for seq, m in self.msgs.items():
            if m[2] == receipt:
                if time < m[3]:
                    del self.msgs[seq]
                    return True
                return False
        return False
