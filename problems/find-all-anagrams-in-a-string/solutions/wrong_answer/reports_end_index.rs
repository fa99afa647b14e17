impl Solution {
    pub fn find_anagrams(s: String, p: String) -> Vec<i32> {
        // Bug: reports where each matching window ends instead of where it starts.
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let m = p.len();
        let mut out = Vec::new();
        if m > s.len() {
            return out;
        }
        let (mut need, mut have) = ([0i32; 26], [0i32; 26]);
        for &c in p {
            need[(c - b'a') as usize] += 1;
        }
        for i in 0..s.len() {
            have[(s[i] - b'a') as usize] += 1;
            if i >= m {
                have[(s[i - m] - b'a') as usize] -= 1;
            }
            if i + 1 >= m && have == need {
                out.push(i as i32);
            }
        }
        out
    }
}
