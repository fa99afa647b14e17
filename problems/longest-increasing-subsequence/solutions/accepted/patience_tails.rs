impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // tails[k] = smallest possible last value of an increasing subsequence of length k + 1.
        let mut tails: Vec<i32> = Vec::new();
        for x in nums {
            let i = tails.partition_point(|&t| t < x);
            if i == tails.len() {
                tails.push(x);
            } else {
                tails[i] = x;
            }
        }
        tails.len() as i32
    }
}
