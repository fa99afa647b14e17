use std::collections::HashMap;

// The entries live in a Vec and form a doubly linked list through indices, most recently used
// at the head; the map finds the slot of a key.
struct LRUCache {
    capacity: usize,
    slots: Vec<Slot>,
    index: HashMap<i32, usize>,
    head: usize,
    tail: usize,
}

struct Slot {
    key: i32,
    value: i32,
    prev: usize,
    next: usize,
}

const NIL: usize = usize::MAX;


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LRUCache {

    fn new(capacity: i32) -> Self {
        let capacity = capacity as usize;
        LRUCache {
            capacity,
            slots: Vec::with_capacity(capacity),
            index: HashMap::with_capacity(capacity),
            head: NIL,
            tail: NIL,
        }
    }

    fn unlink(&mut self, i: usize) {
        let (prev, next) = (self.slots[i].prev, self.slots[i].next);
        if prev == NIL { self.head = next; } else { self.slots[prev].next = next; }
        if next == NIL { self.tail = prev; } else { self.slots[next].prev = prev; }
    }

    fn push_front(&mut self, i: usize) {
        self.slots[i].prev = NIL;
        self.slots[i].next = self.head;
        if self.head != NIL { self.slots[self.head].prev = i; }
        self.head = i;
        if self.tail == NIL { self.tail = i; }
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.index.get(&key) {
            None => -1,
            Some(&i) => {
                self.unlink(i);
                self.push_front(i);
                self.slots[i].value
            }
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.index.get(&key) {
            self.slots[i].value = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.slots.len() < self.capacity {
            self.slots.push(Slot { key, value, prev: NIL, next: NIL });
            self.slots.len() - 1
        } else {
            // Reuse the slot of the least recently used entry.
            let i = self.tail;
            self.unlink(i);
            self.index.remove(&self.slots[i].key);
            self.slots[i].key = key;
            self.slots[i].value = value;
            i
        };
        self.index.insert(key, i);
        self.push_front(i);
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * let obj = LRUCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */
