impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        // Bug: checks the window before adding the next letter, so the window that ends at the
        // last letter of s2 is never checked.
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        let m = a.len();
        if m > b.len() {
            return false;
        }
        let mut need = [0i32; 26];
        let mut have = [0i32; 26];
        for &c in a {
            need[(c - b'a') as usize] += 1;
        }
        for i in 0..b.len() {
            if i >= m && have == need {
                return true;
            }
            have[(b[i] - b'a') as usize] += 1;
            if i >= m {
                have[(b[i - m] - b'a') as usize] -= 1;
            }
        }
        false
    }
}
