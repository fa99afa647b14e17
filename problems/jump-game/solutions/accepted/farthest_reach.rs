impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // Every cell up to `reach` can be reached; extend it cell by cell.
        let mut reach = 0usize;
        for (i, &jump) in nums.iter().enumerate() {
            if i > reach {
                return false;
            }
            reach = reach.max(i + jump as usize);
        }
        true
    }
}
