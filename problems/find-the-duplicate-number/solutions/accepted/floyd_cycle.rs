impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let next = |i: i32| nums[i as usize];
        let (mut slow, mut fast) = (nums[0], nums[0]);
        loop {
            slow = next(slow);
            fast = next(next(fast));
            if slow == fast {
                break;
            }
        }
        slow = nums[0];
        while slow != fast {
            slow = next(slow);
            fast = next(fast);
        }
        slow
    }
}
