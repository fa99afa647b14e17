impl Solution {
    pub fn calculate(s: String) -> i32 {
        // total = sum of finished terms; term = the signed term being built by * and /.
        let (mut total, mut term, mut num) = (0i64, 0i64, 0i64);
        let mut op = b'+';
        let bytes = s.as_bytes();
        for (i, &c) in bytes.iter().enumerate() {
            if c.is_ascii_digit() {
                num = num * 10 + (c - b'0') as i64;
            }
            if (c != b' ' && !c.is_ascii_digit()) || i == bytes.len() - 1 {
                match op {
                    b'+' => { total += term; term = num; }
                    b'-' => { total += term; term = -num; }
                    b'*' => term *= num,
                    _ => term /= num, // i64 division truncates toward zero
                }
                op = c;
                num = 0;
            }
        }
        (total + term) as i32
    }
}
