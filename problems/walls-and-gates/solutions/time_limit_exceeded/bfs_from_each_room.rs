use std::collections::VecDeque;

impl Solution {
    // A fresh BFS from every empty room to its nearest gate: O((m*n)^2).
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let (m, n) = (rooms.len(), rooms[0].len());
        for sr in 0..m {
            for sc in 0..n {
                if rooms[sr][sc] != i32::MAX {
                    continue;
                }
                let mut seen = vec![vec![false; n]; m];
                seen[sr][sc] = true;
                let mut q = VecDeque::from([(sr, sc, 0)]);
                while let Some((r, c, d)) = q.pop_front() {
                    if rooms[r][c] == 0 {
                        rooms[sr][sc] = d;
                        break;
                    }
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if rooms[nr][nc] != -1 && !seen[nr][nc] {
                            seen[nr][nc] = true;
                            q.push_back((nr, nc, d + 1));
                        }
                    }
                }
            }
        }
    }
}
