impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // Bug: adds the carries only once, but a carry can create another carry.
        let carry = (a & b) << 1;
        (a ^ b) ^ carry
    }
}
