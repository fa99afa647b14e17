impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut edges = Vec::with_capacity(n * (n - 1) / 2);
        for i in 0..n {
            for j in i + 1..n {
                let d = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                edges.push((d, i as u32, j as u32));
            }
        }
        edges.sort_unstable();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut Vec<usize>, mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        let mut total: i64 = 0;
        let mut joined = 1;
        for (d, a, b) in edges {
            if joined == n {
                break;
            }
            let ra = find(&mut parent, a as usize);
            let rb = find(&mut parent, b as usize);
            if ra != rb {
                parent[ra] = rb;
                total += d as i64;
                joined += 1;
            }
        }
        total as i32
    }
}
