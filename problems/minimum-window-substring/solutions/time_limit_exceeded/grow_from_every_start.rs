impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        // For every start, grow the window until it covers t: O(m^2).
        let sb = s.as_bytes();
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let (mut best_start, mut best_len) = (0usize, usize::MAX);
        for i in 0..sb.len() {
            let mut have = [0i32; 128];
            let mut missing = t.len();
            for j in i..sb.len() {
                let c = sb[j] as usize;
                if have[c] < need[c] {
                    missing -= 1;
                }
                have[c] += 1;
                if missing == 0 {
                    if j - i + 1 < best_len {
                        best_start = i;
                        best_len = j - i + 1;
                    }
                    break;
                }
            }
        }
        if best_len == usize::MAX {
            String::new()
        } else {
            s[best_start..best_start + best_len].to_string()
        }
    }
}
