impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // States at the end of a day: holding, just sold (cooldown next), free to buy.
        let (mut hold, mut sold, mut free) = (i32::MIN / 2, 0, 0);
        for p in prices {
            let (h, s, f) = (hold.max(free - p), hold + p, free.max(sold));
            hold = h;
            sold = s;
            free = f;
        }
        sold.max(free)
    }
}
