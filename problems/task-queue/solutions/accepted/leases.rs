use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Waiting,
    InFlight,
    Delayed,
    Dead,
    Done,
}

struct Task {
    priority: i32,
    seq: u64,
    state: State,
    receives: i32,
    /// The number of the task's pending event (lease end or delay end); 0 for none.
    lease: u64,
}

/// Waiting tasks in a heap by (priority desc, sequence asc); lease and delay ends in a heap of
/// (time, number) events applied before each call.
struct TaskQueue {
    tasks: HashMap<String, Task>,
    waiting: BinaryHeap<(i32, Reverse<u64>, String)>,
    events: BinaryHeap<Reverse<(i64, u64, String)>>,
    dead: Vec<String>,
    seq: u64,
    order: u64,
    max_receives: Option<i32>,
    n_waiting: i32,
}

impl TaskQueue {
    fn new() -> Self {
        TaskQueue {
            tasks: HashMap::new(),
            waiting: BinaryHeap::new(),
            events: BinaryHeap::new(),
            dead: Vec::new(),
            seq: 0,
            order: 0,
            max_receives: None,
            n_waiting: 0,
        }
    }

    fn wait(&mut self, id: &str) {
        let t = self.tasks.get_mut(id).unwrap();
        t.state = State::Waiting;
        t.lease = 0;
        self.n_waiting += 1;
        self.waiting.push((t.priority, Reverse(t.seq), id.to_string()));
    }

    /// A lease that ran out or was nacked: true if the task is now dead.
    fn fail(&mut self, id: &str) -> bool {
        let t = self.tasks.get_mut(id).unwrap();
        if self.max_receives.map_or(false, |m| t.receives >= m) {
            t.state = State::Dead;
            t.lease = 0;
            self.dead.push(id.to_string());
            return true;
        }
        false
    }

    fn advance(&mut self, now: i32) {
        while let Some(Reverse((time, number, _))) = self.events.peek() {
            if *time > now as i64 {
                break;
            }
            let number = *number;
            let Reverse((_, _, id)) = self.events.pop().unwrap();
            let Some(t) = self.tasks.get(&id) else { continue };
            if t.lease != number {
                continue;
            }
            match t.state {
                State::InFlight => {
                    if !self.fail(&id) {
                        self.wait(&id);
                    }
                }
                State::Delayed => self.wait(&id),
                _ => {}
            }
        }
    }

    fn event(&mut self, time: i64, id: &str) {
        self.order += 1;
        self.tasks.get_mut(id).unwrap().lease = self.order;
        self.events.push(Reverse((time, self.order, id.to_string())));
    }

    fn pop_waiting(&mut self) -> Option<String> {
        while let Some((_, Reverse(seq), id)) = self.waiting.pop() {
            if let Some(t) = self.tasks.get(&id) {
                if t.state == State::Waiting && t.seq == seq {
                    self.n_waiting -= 1;
                    return Some(id);
                }
            }
        }
        None
    }

    fn enqueue(&mut self, timestamp: i32, task_id: String, priority: i32) -> bool {
        self.advance(timestamp);
        if self.tasks.get(&task_id).map_or(false, |t| t.state != State::Done) {
            return false;
        }
        self.seq += 1;
        self.tasks.insert(
            task_id.clone(),
            Task { priority, seq: self.seq, state: State::Waiting, receives: 0, lease: 0 },
        );
        self.wait(&task_id);
        true
    }

    fn dequeue(&mut self, timestamp: i32) -> Option<String> {
        self.advance(timestamp);
        let id = self.pop_waiting()?;
        self.tasks.get_mut(&id).unwrap().state = State::Done;
        Some(id)
    }

    fn size(&mut self, timestamp: i32) -> i32 {
        self.advance(timestamp);
        self.n_waiting
    }

    fn receive(&mut self, timestamp: i32, timeout: i32) -> Option<String> {
        self.advance(timestamp);
        let id = self.pop_waiting()?;
        let t = self.tasks.get_mut(&id).unwrap();
        t.state = State::InFlight;
        t.receives += 1;
        self.event(timestamp as i64 + timeout as i64, &id);
        Some(id)
    }

    fn ack(&mut self, timestamp: i32, task_id: String) -> bool {
        self.advance(timestamp);
        match self.tasks.get_mut(&task_id) {
            Some(t) if t.state == State::InFlight => {
                t.state = State::Done;
                t.lease = 0;
                true
            }
            _ => false,
        }
    }

    fn set_max_receives(&mut self, timestamp: i32, max_receives: i32) {
        self.advance(timestamp);
        self.max_receives = Some(max_receives);
    }

    fn nack(&mut self, timestamp: i32, task_id: String, delay: i32) -> bool {
        self.advance(timestamp);
        match self.tasks.get(&task_id) {
            Some(t) if t.state == State::InFlight => {}
            _ => return false,
        }
        if self.fail(&task_id) {
            return true;
        }
        if delay == 0 {
            self.wait(&task_id);
        } else {
            self.tasks.get_mut(&task_id).unwrap().state = State::Delayed;
            self.event(timestamp as i64 + delay as i64, &task_id);
        }
        true
    }

    fn dead_letters(&mut self, timestamp: i32) -> Vec<String> {
        self.advance(timestamp);
        self.dead.clone()
    }

    fn redrive(&mut self, timestamp: i32) -> i32 {
        self.advance(timestamp);
        let moved = std::mem::take(&mut self.dead);
        for id in &moved {
            self.seq += 1;
            let t = self.tasks.get_mut(id).unwrap();
            t.seq = self.seq;
            t.receives = 0;
            self.wait(id);
        }
        moved.len() as i32
    }

    fn status(&mut self, timestamp: i32, task_id: String) -> Option<String> {
        self.advance(timestamp);
        let t = self.tasks.get(&task_id)?;
        Some(
            match t.state {
                State::Waiting => "waiting",
                State::InFlight => "in_flight",
                State::Delayed => "delayed",
                State::Dead => "dead",
                State::Done => "done",
            }
            .to_string(),
        )
    }
}
