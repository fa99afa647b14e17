impl Solution {
    pub fn calculate(s: String) -> i32 {
        // Bug: applies every operator from left to right, ignoring that * and / come first.
        let mut acc = 0i64;
        let mut num = 0i64;
        let mut op = b'+';
        let bytes = s.as_bytes();
        for (i, &c) in bytes.iter().enumerate() {
            if c.is_ascii_digit() {
                num = num * 10 + (c - b'0') as i64;
            }
            if (c != b' ' && !c.is_ascii_digit()) || i == bytes.len() - 1 {
                acc = match op {
                    b'+' => acc + num,
                    b'-' => acc - num,
                    b'*' => acc * num,
                    _ => acc / num,
                };
                op = c;
                num = 0;
            }
        }
        acc as i32
    }
}
