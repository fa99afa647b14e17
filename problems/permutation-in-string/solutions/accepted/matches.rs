impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        let m = a.len();
        if m > b.len() {
            return false;
        }
        // diff[c] = count in window - count in s1; `off` = letters whose diff is not zero.
        let mut diff = [0i32; 26];
        for &c in a {
            diff[(c - b'a') as usize] -= 1;
        }
        let mut off = diff.iter().filter(|&&d| d != 0).count();
        let mut bump = |diff: &mut [i32; 26], off: &mut usize, c: u8, by: i32| {
            let k = (c - b'a') as usize;
            if diff[k] == 0 {
                *off += 1;
            }
            diff[k] += by;
            if diff[k] == 0 {
                *off -= 1;
            }
        };
        for i in 0..b.len() {
            bump(&mut diff, &mut off, b[i], 1);
            if i >= m {
                bump(&mut diff, &mut off, b[i - m], -1);
            }
            if i + 1 >= m && off == 0 {
                return true;
            }
        }
        false
    }
}
