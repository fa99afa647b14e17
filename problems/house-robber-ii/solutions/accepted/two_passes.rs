impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // The first and last houses cannot both be taken: solve the straight street twice.
        fn line(houses: &[i32]) -> i32 {
            let (mut prev, mut cur) = (0, 0);
            for &x in houses {
                let next = cur.max(prev + x);
                prev = cur;
                cur = next;
            }
            cur
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        line(&nums[..n - 1]).max(line(&nums[1..]))
    }
}
