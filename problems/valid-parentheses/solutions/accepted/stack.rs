impl Solution {
    pub fn is_valid(s: String) -> bool {
        // Push the closer we expect for each opener; each closer must be the one on top.
        let mut expected: Vec<char> = Vec::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '(' => expected.push(')'),
                '[' => expected.push(']'),
                '{' => expected.push('}'),
                _ => {
                    if expected.pop() != Some(c) {
                        return false;
                    }
                }
            }
        }
        expected.is_empty()
    }
}
