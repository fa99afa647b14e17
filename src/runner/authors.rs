//! The limits of a problem's own programs: generators, checkers, input validators and the
//! reference solution when it makes expected outputs. They come from `limits: {authors: ...}`
//! (CPU time, memory, output), not from the solution's limits, and a program that exceeds them
//! is a fault of the problem, reported with [`exceeded`] so the author knows what to raise.

use sandbox::LimitKind;

use crate::catalog::Limits;

/// The sandbox limits of an author's program. The sandbox derives the wall clock from the CPU
/// time, so a program that sleeps or blocks ends too.
pub fn limits(l: &Limits) -> sandbox::Limits {
    sandbox::Limits {
        memory_bytes: Some(l.memory_bytes),
        output_bytes: l.output_bytes,
        ..sandbox::Limits::with_cpu(l.time)
    }
}

/// Why an author's program was stopped, naming the limit it hit and the key that raises it:
/// `exceeded its CPU time limit of 1s (limits.authors.time)`.
pub fn exceeded(hit: &[LimitKind], l: &Limits) -> String {
    let what: Vec<String> = hit
        .iter()
        .map(|k| match k {
            LimitKind::Cpu | LimitKind::Wall => {
                format!("time limit of {:?} (limits.authors.time)", l.time)
            }
            LimitKind::Memory => format!(
                "memory limit of {} MiB (limits.authors.memory)",
                l.memory_bytes >> 20
            ),
            LimitKind::Output => format!(
                "output limit of {} KiB (limits.authors.output)",
                l.output_bytes >> 10
            ),
            LimitKind::Scratch => "scratch-directory quota".to_string(),
            LimitKind::Threads => "thread cap".to_string(),
            LimitKind::Processes => "process cap".to_string(),
        })
        .collect();
    let mut what = what;
    what.dedup();
    format!("exceeded its {}", what.join(" and its "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn names_the_limit_and_the_key_that_raises_it() {
        let l = Limits {
            time: Duration::from_secs(1),
            memory_bytes: 64 << 20,
            output_bytes: 64 << 10,
        };
        assert_eq!(
            exceeded(&[LimitKind::Cpu, LimitKind::Wall], &l),
            "exceeded its time limit of 1s (limits.authors.time)"
        );
        assert_eq!(
            exceeded(&[LimitKind::Memory], &l),
            "exceeded its memory limit of 64 MiB (limits.authors.memory)"
        );
    }
}
