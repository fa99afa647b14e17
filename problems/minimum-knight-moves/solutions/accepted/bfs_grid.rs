use std::collections::VecDeque;

impl Solution {
    pub fn min_knight_moves(x: i32, y: i32) -> i32 {
        // plain BFS on a bounded window around the origin, large enough for |x| + |y| <= 300
        const OFF: i32 = 310;
        const SIDE: usize = (2 * OFF + 1) as usize;
        let mut dist = vec![-1i32; SIDE * SIDE];
        let idx = |a: i32, b: i32| ((a + OFF) as usize) * SIDE + (b + OFF) as usize;
        dist[idx(0, 0)] = 0;
        let mut queue = VecDeque::from(vec![(0i32, 0i32)]);
        let moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];
        while let Some((a, b)) = queue.pop_front() {
            let d = dist[idx(a, b)];
            if a == x && b == y {
                return d;
            }
            for (da, db) in moves {
                let (na, nb) = (a + da, b + db);
                if na.abs() <= OFF && nb.abs() <= OFF && dist[idx(na, nb)] == -1 {
                    dist[idx(na, nb)] = d + 1;
                    queue.push_back((na, nb));
                }
            }
        }
        -1
    }
}
