impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        // Bug: pops the operands in the wrong order, so `a b -` computes b - a.
        let mut stack: Vec<i32> = Vec::new();
        for tok in &tokens {
            match tok.as_str() {
                "+" | "-" | "*" | "/" => {
                    let a = stack.pop().unwrap();
                    let b = stack.pop().unwrap();
                    stack.push(match tok.as_str() {
                        "+" => a + b,
                        "-" => a - b,
                        "*" => a * b,
                        _ => if b == 0 { 0 } else { a / b },
                    });
                }
                num => stack.push(num.parse().unwrap()),
            }
        }
        stack[0]
    }
}
