use std::collections::HashMap;

impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        let mut graph: HashMap<String, Vec<String>> = HashMap::new();
        for t in &tickets {
            graph.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for list in graph.values_mut() {
            list.sort_unstable_by(|a, b| b.cmp(a)); // pop() yields the smallest
        }
        let mut route = Vec::new();
        let mut stack = vec!["JFK".to_string()];
        while let Some(top) = stack.last().cloned() {
            match graph.get_mut(&top).and_then(|l| l.pop()) {
                Some(next) => stack.push(next),
                None => route.push(stack.pop().unwrap()),
            }
        }
        route.reverse();
        route
    }
}
