impl Solution {
    pub fn calculate(s: String) -> i32 {
        // Bug: takes each digit as a whole number, so "12" is read as 2.
        let (mut total, mut sign, mut num) = (0i64, 1i64, 0i64);
        let mut stack: Vec<(i64, i64)> = Vec::new();
        for c in s.bytes() {
            match c {
                b'0'..=b'9' => num = (c - b'0') as i64,
                b'+' | b'-' => {
                    total += sign * num;
                    num = 0;
                    sign = if c == b'+' { 1 } else { -1 };
                }
                b'(' => {
                    stack.push((total, sign));
                    total = 0;
                    sign = 1;
                }
                b')' => {
                    total += sign * num;
                    num = 0;
                    let (t, sg) = stack.pop().unwrap();
                    total = t + sg * total;
                }
                _ => {}
            }
        }
        (total + sign * num) as i32
    }
}
