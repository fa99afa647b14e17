impl Solution {
    pub fn can_construct(ransom_note: String, magazine: String) -> bool {
        let mut count = [0i32; 26];
        for b in magazine.bytes() {
            count[(b - b'a') as usize] += 1;
        }
        for b in ransom_note.bytes() {
            let c = &mut count[(b - b'a') as usize];
            *c -= 1;
            if *c < 0 {
                return false;
            }
        }
        true
    }
}
