impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Dijkstra on an adjacency matrix, O(n^2): fine for n <= 100.
        let n = n as usize;
        const INF: i32 = i32::MAX;
        let mut w = vec![vec![INF; n + 1]; n + 1];
        for t in &times {
            w[t[0] as usize][t[1] as usize] = t[2];
        }
        let mut dist = vec![INF; n + 1];
        let mut done = vec![false; n + 1];
        dist[k as usize] = 0;
        for _ in 0..n {
            let mut u = 0;
            for v in 1..=n {
                if !done[v] && dist[v] != INF && (u == 0 || dist[v] < dist[u]) {
                    u = v;
                }
            }
            if u == 0 {
                break;
            }
            done[u] = true;
            for v in 1..=n {
                if w[u][v] != INF && dist[u] + w[u][v] < dist[v] {
                    dist[v] = dist[u] + w[u][v];
                }
            }
        }
        let best = *dist[1..].iter().max().unwrap();
        if best == INF { -1 } else { best }
    }
}
