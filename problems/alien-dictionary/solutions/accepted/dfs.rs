impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let words: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        let mut present = [false; 26];
        for w in &words {
            for &c in w.iter() {
                present[(c - b'a') as usize] = true;
            }
        }
        let mut adj = vec![vec![false; 26]; 26];
        for pair in words.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            match a.iter().zip(b.iter()).position(|(x, y)| x != y) {
                Some(i) => adj[(a[i] - b'a') as usize][(b[i] - b'a') as usize] = true,
                None => {
                    if a.len() > b.len() {
                        return String::new();
                    }
                }
            }
        }
        // 0 = unvisited, 1 = on the current path, 2 = done
        fn visit(u: usize, adj: &Vec<Vec<bool>>, state: &mut [u8; 26], out: &mut Vec<u8>) -> bool {
            state[u] = 1;
            for v in 0..26 {
                if adj[u][v] {
                    if state[v] == 1 {
                        return false;
                    }
                    if state[v] == 0 && !visit(v, adj, state, out) {
                        return false;
                    }
                }
            }
            state[u] = 2;
            out.push(b'a' + u as u8);
            true
        }
        let mut state = [0u8; 26];
        let mut out = Vec::new();
        for u in 0..26 {
            if present[u] && state[u] == 0 && !visit(u, &adj, &mut state, &mut out) {
                return String::new();
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap()
    }
}
