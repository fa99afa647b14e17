impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        // ways(k) = ways(k - 1) + ways(k - 2): the last move is one step or two steps.
        let (mut prev, mut cur) = (1, 1); // ways(0), ways(1)
        for _ in 1..n {
            let next = prev + cur;
            prev = cur;
            cur = next;
        }
        cur
    }
}
