impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        // Bug: handles IV and IX but treats XL, XC, CD and CM as additions.
        let b = s.as_bytes();
        let mut total = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'I' && i + 1 < b.len() && (b[i + 1] == b'V' || b[i + 1] == b'X') {
                total += if b[i + 1] == b'V' { 4 } else { 9 };
                i += 2;
                continue;
            }
            total += match b[i] {
                b'I' => 1,
                b'V' => 5,
                b'X' => 10,
                b'L' => 50,
                b'C' => 100,
                b'D' => 500,
                _ => 1000,
            };
            i += 1;
        }
        total
    }
}
