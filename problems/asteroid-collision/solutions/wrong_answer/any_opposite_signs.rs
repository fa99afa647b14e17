impl Solution {
    pub fn asteroid_collision(asteroids: Vec<i32>) -> Vec<i32> {
        // Bug: lets any two neighbours of opposite signs collide, including a left-mover followed
        // by a right-mover, which fly apart.
        let mut stack: Vec<i32> = Vec::new();
        for a in asteroids {
            let mut alive = true;
            while alive {
                match stack.last() {
                    Some(&top) if (top > 0) != (a > 0) => {
                        if top.abs() < a.abs() {
                            stack.pop();
                        } else {
                            if top.abs() == a.abs() {
                                stack.pop();
                            }
                            alive = false;
                        }
                    }
                    _ => break,
                }
            }
            if alive {
                stack.push(a);
            }
        }
        stack
    }
}
