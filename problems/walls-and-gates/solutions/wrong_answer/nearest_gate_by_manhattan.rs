impl Solution {
    // Ignores walls: the distance to the nearest gate as the crow walks on the grid.
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let (m, n) = (rooms.len(), rooms[0].len());
        let mut gates = vec![];
        for r in 0..m {
            for c in 0..n {
                if rooms[r][c] == 0 {
                    gates.push((r as i32, c as i32));
                }
            }
        }
        for r in 0..m {
            for c in 0..n {
                if rooms[r][c] == i32::MAX {
                    if let Some(d) = gates
                        .iter()
                        .map(|&(gr, gc)| (gr - r as i32).abs() + (gc - c as i32).abs())
                        .min()
                    {
                        rooms[r][c] = d;
                    }
                }
            }
        }
    }
}
