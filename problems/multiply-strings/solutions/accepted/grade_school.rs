impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        let (a, b) = (num1.as_bytes(), num2.as_bytes());
        let (m, n) = (a.len(), b.len());
        let mut res = vec![0u32; m + n];
        for i in (0..m).rev() {
            for j in (0..n).rev() {
                let total = res[i + j + 1] + (a[i] - b'0') as u32 * (b[j] - b'0') as u32;
                res[i + j + 1] = total % 10;
                res[i + j] += total / 10;
            }
        }
        let s: String = res
            .iter()
            .skip_while(|&&d| d == 0)
            .map(|&d| char::from(b'0' + d as u8))
            .collect();
        if s.is_empty() { "0".to_string() } else { s }
    }
}
