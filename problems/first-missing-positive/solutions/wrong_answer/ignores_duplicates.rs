impl Solution {
    pub fn first_missing_positive(nums: Vec<i32>) -> i32 {
        // Bug: sorts and walks with an expected counter, but a repeated value advances the
        // counter as if it were the next number.
        let mut a: Vec<i32> = nums.into_iter().filter(|&x| x > 0).collect();
        a.sort_unstable();
        let mut expect = 1;
        for x in a {
            if x > expect {
                break;
            }
            expect += 1;
        }
        expect
    }
}
