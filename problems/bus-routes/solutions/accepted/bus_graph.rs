use std::collections::{HashMap, VecDeque};

impl Solution {
    pub fn num_buses_to_destination(routes: Vec<Vec<i32>>, source: i32, target: i32) -> i32 {
        if source == target {
            return 0;
        }
        let n = routes.len();
        let mut buses_at: HashMap<i32, Vec<usize>> = HashMap::new();
        for (b, r) in routes.iter().enumerate() {
            for &s in r {
                buses_at.entry(s).or_default().push(b);
            }
        }
        // BFS over buses: two buses are adjacent when they share a stop
        let mut dist = vec![0i32; n];
        let mut queue = VecDeque::new();
        if let Some(list) = buses_at.get(&source) {
            for &b in list {
                dist[b] = 1;
                queue.push_back(b);
            }
        }
        let mut stop_done: HashMap<i32, bool> = HashMap::new();
        while let Some(b) = queue.pop_front() {
            for &s in &routes[b] {
                if s == target {
                    return dist[b];
                }
                if stop_done.insert(s, true).is_some() {
                    continue;
                }
                for &nb in &buses_at[&s] {
                    if dist[nb] == 0 {
                        dist[nb] = dist[b] + 1;
                        queue.push_back(nb);
                    }
                }
            }
        }
        -1
    }
}
