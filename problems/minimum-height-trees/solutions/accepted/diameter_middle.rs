use std::collections::VecDeque;

impl Solution {
    pub fn find_min_height_trees(n: i32, edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut adj = vec![Vec::new(); n];
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        // BFS returning the farthest node and the parent links
        let bfs = |s: usize| -> (usize, Vec<usize>) {
            let mut parent = vec![usize::MAX; n];
            parent[s] = s;
            let mut queue = VecDeque::from(vec![s]);
            let mut last = s;
            while let Some(u) = queue.pop_front() {
                last = u;
                for &v in &adj[u] {
                    if parent[v] == usize::MAX {
                        parent[v] = u;
                        queue.push_back(v);
                    }
                }
            }
            (last, parent)
        };
        let (a, _) = bfs(0);
        let (b, parent) = bfs(a);
        let mut path = vec![b];
        while *path.last().unwrap() != a {
            let u = *path.last().unwrap();
            path.push(parent[u]);
        }
        let len = path.len();
        if len % 2 == 1 {
            vec![path[len / 2] as i32]
        } else {
            vec![path[len / 2 - 1] as i32, path[len / 2] as i32]
        }
    }
}
