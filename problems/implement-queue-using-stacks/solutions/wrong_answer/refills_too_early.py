class MyQueue:
    # Bug: moves the inbox onto the outbox on every pop even when the outbox still holds older
    # elements, which buries them under newer ones.

    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def pop(self) -> int:
        while self.inbox:
            self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def peek(self) -> int:
        while self.inbox:
            self.outbox.append(self.inbox.pop())
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
