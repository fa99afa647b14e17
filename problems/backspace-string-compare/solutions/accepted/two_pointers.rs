impl Solution {
    pub fn backspace_compare(s: String, t: String) -> bool {
        // Walk both strings from the end, skipping characters that a later '#' deletes.
        fn prev(b: &[u8], mut i: isize) -> isize {
            let mut skip = 0;
            while i >= 0 {
                if b[i as usize] == b'#' {
                    skip += 1;
                } else if skip > 0 {
                    skip -= 1;
                } else {
                    break;
                }
                i -= 1;
            }
            i
        }
        let (a, b) = (s.as_bytes(), t.as_bytes());
        let (mut i, mut j) = (a.len() as isize - 1, b.len() as isize - 1);
        loop {
            i = prev(a, i);
            j = prev(b, j);
            if i < 0 || j < 0 {
                return i < 0 && j < 0;
            }
            if a[i as usize] != b[j as usize] {
                return false;
            }
            i -= 1;
            j -= 1;
        }
    }
}
