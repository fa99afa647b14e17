// BFS over stops that never marks a bus as ridden, so a long route is scanned again from every
// one of its stops: O(stops * route length).
use std::collections::{HashMap, HashSet, VecDeque};

impl Solution {
    pub fn num_buses_to_destination(routes: Vec<Vec<i32>>, source: i32, target: i32) -> i32 {
        if source == target {
            return 0;
        }
        let mut buses_at: HashMap<i32, Vec<usize>> = HashMap::new();
        for (b, r) in routes.iter().enumerate() {
            for &s in r {
                buses_at.entry(s).or_default().push(b);
            }
        }
        let mut seen: HashSet<i32> = HashSet::new();
        seen.insert(source);
        let mut queue = VecDeque::from(vec![(source, 0)]);
        while let Some((stop, rides)) = queue.pop_front() {
            if let Some(list) = buses_at.get(&stop) {
                for &b in list {
                    for &nxt in &routes[b] {
                        if nxt == target {
                            return rides + 1;
                        }
                        if seen.insert(nxt) {
                            queue.push_back((nxt, rides + 1));
                        }
                    }
                }
            }
        }
        -1
    }
}
