// Tries every choice of positions and removes repeats with a set at the end: the search itself
// visits every choice of equal values, C(100, 30) ways for a hundred 1s.
use std::collections::HashSet;

impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &[i32], start: usize, remaining: i32, path: &mut Vec<i32>, found: &mut HashSet<Vec<i32>>) {
            if remaining == 0 {
                found.insert(path.clone());
                return;
            }
            for i in start..c.len() {
                if c[i] > remaining {
                    break;
                }
                path.push(c[i]);
                go(c, i + 1, remaining - c[i], path, found);
                path.pop();
            }
        }
        let mut c = candidates;
        c.sort_unstable();
        let mut found = HashSet::new();
        go(&c, 0, target, &mut Vec::new(), &mut found);
        found.into_iter().collect()
    }
}
