use std::collections::VecDeque;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let (m, n) = (rooms.len(), rooms[0].len());
        let mut q = VecDeque::new();
        for r in 0..m {
            for c in 0..n {
                if rooms[r][c] == 0 {
                    q.push_back((r, c));
                }
            }
        }
        while let Some((r, c)) = q.pop_front() {
            let d = rooms[r][c] + 1;
            let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
            for (dr, dc) in dirs {
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                if rooms[nr][nc] == i32::MAX {
                    rooms[nr][nc] = d;
                    q.push_back((nr, nc));
                }
            }
        }
    }
}
