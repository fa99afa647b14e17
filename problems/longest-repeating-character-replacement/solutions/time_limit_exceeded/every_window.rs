impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        // Every start, every end, with running letter counts: O(n^2).
        let b = s.as_bytes();
        let n = b.len();
        let mut best = 0;
        for i in 0..n {
            let mut count = [0i32; 26];
            let mut top = 0;
            for j in i..n {
                let c = (b[j] - b'A') as usize;
                count[c] += 1;
                top = top.max(count[c]);
                let len = (j - i + 1) as i32;
                if len - top <= k {
                    best = best.max(len);
                }
            }
        }
        best
    }
}
