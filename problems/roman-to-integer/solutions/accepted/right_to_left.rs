impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        fn value(c: u8) -> i32 {
            match c {
                b'I' => 1,
                b'V' => 5,
                b'X' => 10,
                b'L' => 50,
                b'C' => 100,
                b'D' => 500,
                _ => 1000,
            }
        }
        // From the right: a letter smaller than the one after it is subtracted.
        let mut total = 0;
        let mut prev = 0;
        for &c in s.as_bytes().iter().rev() {
            let v = value(c);
            if v < prev {
                total -= v;
            } else {
                total += v;
                prev = v;
            }
        }
        total
    }
}
