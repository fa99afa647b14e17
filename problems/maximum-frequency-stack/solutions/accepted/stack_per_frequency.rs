use std::collections::HashMap;

struct FreqStack {
    freq: HashMap<i32, usize>,
    group: Vec<Vec<i32>>, // group[f - 1]: values that reached frequency f, in push order
}

impl FreqStack {
    fn new() -> Self {
        FreqStack { freq: HashMap::new(), group: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        let f = self.freq.entry(val).or_insert(0);
        *f += 1;
        if self.group.len() < *f {
            self.group.push(Vec::new());
        }
        self.group[*f - 1].push(val);
    }

    fn pop(&mut self) -> i32 {
        let top = self.group.last_mut().unwrap();
        let val = top.pop().unwrap();
        if top.is_empty() {
            self.group.pop();
        }
        *self.freq.get_mut(&val).unwrap() -= 1;
        val
    }
}
