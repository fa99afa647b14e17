impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut after = vec![Vec::new(); n];
        for p in &prerequisites {
            after[p[1] as usize].push(p[0] as usize);
        }
        // Iterative DFS; a course is emitted once everything after it is emitted, then reversed.
        // state: 0 = new, 1 = on the stack, 2 = finished
        let mut state = vec![0u8; n];
        let mut out = Vec::with_capacity(n);
        for s in 0..n {
            if state[s] != 0 {
                continue;
            }
            let mut stack = vec![(s, 0usize)];
            state[s] = 1;
            while let Some(&mut (u, ref mut i)) = stack.last_mut() {
                if *i < after[u].len() {
                    let v = after[u][*i];
                    *i += 1;
                    match state[v] {
                        0 => {
                            state[v] = 1;
                            stack.push((v, 0));
                        }
                        1 => return vec![],
                        _ => {}
                    }
                } else {
                    state[u] = 2;
                    out.push(u as i32);
                    stack.pop();
                }
            }
        }
        out.reverse();
        out
    }
}
