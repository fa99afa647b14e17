impl Solution {
    pub fn find_anagrams(s: String, p: String) -> Vec<i32> {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let m = p.len();
        let mut out = Vec::new();
        if m > s.len() {
            return out;
        }
        // diff = window counts - p counts; `off` = letters whose diff is not zero.
        let mut diff = [0i32; 26];
        for &c in p {
            diff[(c - b'a') as usize] -= 1;
        }
        let mut off = diff.iter().filter(|&&d| d != 0).count();
        for i in 0..s.len() {
            let k = (s[i] - b'a') as usize;
            if diff[k] == 0 { off += 1; }
            diff[k] += 1;
            if diff[k] == 0 { off -= 1; }
            if i >= m {
                let k = (s[i - m] - b'a') as usize;
                if diff[k] == 0 { off += 1; }
                diff[k] -= 1;
                if diff[k] == 0 { off -= 1; }
            }
            if i + 1 >= m && off == 0 {
                out.push((i + 1 - m) as i32);
            }
        }
        out
    }
}
