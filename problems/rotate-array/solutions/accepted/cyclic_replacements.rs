impl Solution {
    pub fn rotate(nums: &mut Vec<i32>, k: i32) {
        let n = nums.len();
        let k = k as usize % n;
        let mut moved = 0;
        let mut start = 0;
        while moved < n {
            let mut cur = start;
            let mut carry = nums[start];
            loop {
                let next = (cur + k) % n;
                std::mem::swap(&mut nums[next], &mut carry);
                cur = next;
                moved += 1;
                if cur == start {
                    break;
                }
            }
            start += 1;
        }
    }
}
