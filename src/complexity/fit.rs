//! The classifier: which growth class ([`Growth`]) explains measured times best, and how sure
//! that is ([`classify`]). A pure function of (n, CPU seconds) points, tested on synthetic data.
//!
//! Each class is fitted as `t ≈ a + b·f(n)` (a: the start-up cost, b ≥ 0: the cost per unit of
//! work) by weighted least squares with weights 1/t², so every point counts by its *relative*
//! error: CPU time under load varies by a percentage, not by a fixed amount, and the small sizes
//! that pin the start-up cost count as much as the large ones that show the growth. The class
//! with the smallest weighted residual wins, but only when it is clearly better than the next
//! one (a margin), fits well (R²), and the times grew enough to be measured at all; otherwise
//! the answer is [`Finding::Unclear`] with the reason, never a guess.

use serde::Serialize;

use crate::catalog::Growth;

/// One measured size: the median CPU time of its runs, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub n: u64,
    pub seconds: f64,
}

/// One class fitted to the points: `t ≈ a + b·f(n)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Candidate {
    pub class: Growth,
    /// Seconds of start-up.
    pub a: f64,
    /// Seconds per unit of f(n).
    pub b: f64,
    /// Weighted residual sum of squares (relative errors squared).
    pub rss: f64,
    /// Weighted R²: 1 − rss / (the spread of the times about their weighted mean).
    pub r2: f64,
}

impl Candidate {
    /// The fitted time at size `n`, in seconds (infinite when f(n) is).
    pub fn predict(&self, n: u64) -> f64 {
        if self.b == 0.0 {
            return self.a;
        }
        self.a + self.b * self.class.f(n as f64)
    }
}

/// Why no class is named.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Unclear {
    /// Fewer sizes than a fit needs.
    TooFewPoints { points: usize },
    /// The times did not grow measurably from the smallest size to the largest.
    Flat { smallest: f64, largest: f64 },
    /// Two classes explain the times about equally well (evidence below [`MIN_EVIDENCE`]).
    Between {
        best: Growth,
        next: Growth,
        evidence: f64,
    },
    /// Even the best class fits badly: the times are too noisy.
    Noisy { best: Growth, r2: f64 },
}

/// What the classifier concludes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "finding", rename_all = "kebab-case")]
pub enum Finding {
    /// The times grow like `class`: its R², and the evidence against the next class
    /// (N·ln of their residuals' ratio; 6 or more, the larger the surer).
    Looks {
        class: Growth,
        r2: f64,
        evidence: f64,
    },
    Unclear(Unclear),
}

/// The conclusion and every class's fit, best first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classified {
    pub finding: Finding,
    pub candidates: Vec<Candidate>,
}

impl Classified {
    /// The fit of `class`, if it could be fitted.
    pub fn candidate(&self, class: Growth) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.class == class)
    }
}

/// The fewest sizes a class is named from.
pub const MIN_POINTS: usize = 5;
/// Times must grow by at least this many seconds from the smallest size to the largest ...
pub const MIN_GROWTH_SECONDS: f64 = 0.004;
/// ... and by at least this factor, or they are flat (within the noise of a loaded machine).
pub const MIN_GROWTH_RATIO: f64 = 1.5;
/// The evidence for the best class over the next: N·ln(rss_next / rss_best), the difference of
/// their Akaike scores (same number of parameters). 6 is a likelihood ratio of e³ ≈ 20 to 1.
pub const MIN_EVIDENCE: f64 = 6.0;
/// The best class must explain at least this share of the variation.
pub const MIN_R2: f64 = 0.9;

/// Fits every class to `points` (one per size, any order) and decides.
pub fn classify(points: &[Point]) -> Classified {
    let mut pts: Vec<Point> = points
        .iter()
        .copied()
        .filter(|p| p.seconds.is_finite() && p.seconds > 0.0 && p.n >= 1)
        .collect();
    pts.sort_by_key(|p| p.n);
    let mut candidates: Vec<Candidate> = Growth::ALL.iter().filter_map(|&g| fit(g, &pts)).collect();
    candidates.sort_by(|x, y| x.rss.total_cmp(&y.rss).then(x.class.cmp(&y.class)));
    let finding = decide(&pts, &candidates);
    Classified {
        finding,
        candidates,
    }
}

fn decide(pts: &[Point], candidates: &[Candidate]) -> Finding {
    if pts.len() < MIN_POINTS || candidates.len() < 2 {
        return Finding::Unclear(Unclear::TooFewPoints { points: pts.len() });
    }
    // The smallest and largest times of the smallest and largest sizes (two of each, so one
    // noisy point does not decide).
    let k = 2.min(pts.len() / 2);
    let smallest = pts[..k].iter().map(|p| p.seconds).fold(f64::MAX, f64::min);
    let largest = pts[pts.len() - k..]
        .iter()
        .map(|p| p.seconds)
        .fold(0.0, f64::max);
    if largest - smallest < MIN_GROWTH_SECONDS || largest < smallest * MIN_GROWTH_RATIO {
        return Finding::Unclear(Unclear::Flat { smallest, largest });
    }
    let best = candidates[0];
    // The constant class cannot explain times that grew (they did, past the test above).
    let next = candidates[1];
    if best.r2 < MIN_R2 {
        return Finding::Unclear(Unclear::Noisy {
            best: best.class,
            r2: best.r2,
        });
    }
    let evidence = if best.rss > 0.0 {
        pts.len() as f64 * (next.rss / best.rss).ln()
    } else {
        f64::INFINITY
    };
    if evidence < MIN_EVIDENCE {
        return Finding::Unclear(Unclear::Between {
            best: best.class,
            next: next.class,
            evidence,
        });
    }
    Finding::Looks {
        class: best.class,
        r2: best.r2,
        evidence,
    }
}

/// The start-up cost: the median time of the three smallest sizes, where the work is nil next
/// to starting the program. Fixing it, rather than fitting it, keeps a slower class from being
/// bent into a faster one by a smaller intercept and a steeper slope.
fn startup(pts: &[Point]) -> f64 {
    let mut first: Vec<f64> = pts.iter().take(3).map(|p| p.seconds).collect();
    first.sort_by(f64::total_cmp);
    first.get(first.len() / 2).copied().unwrap_or(0.0)
}

/// Weighted least squares of `t ≈ a + b·f(n)` with `a` the start-up cost and `b ≥ 0`; `None`
/// when f(n) overflows at these sizes (2ⁿ past n ≈ 1000) or there are fewer than two points.
fn fit(class: Growth, pts: &[Point]) -> Option<Candidate> {
    if pts.len() < 2 {
        return None;
    }
    let xs: Vec<f64> = pts.iter().map(|p| class.f(p.n as f64)).collect();
    if xs.iter().any(|x| !x.is_finite() || *x > 1e250) {
        return None;
    }
    let ts: Vec<f64> = pts.iter().map(|p| p.seconds).collect();
    let ws: Vec<f64> = ts.iter().map(|t| 1.0 / (t * t)).collect();
    let sum = |f: &dyn Fn(usize) -> f64| (0..ts.len()).map(f).sum::<f64>();
    let a = startup(pts);
    let b = if class == Growth::Constant {
        0.0
    } else {
        let sxx = sum(&|i| ws[i] * xs[i] * xs[i]);
        let sxt = sum(&|i| ws[i] * xs[i] * (ts[i] - a));
        if sxx > 0.0 {
            (sxt / sxx).max(0.0)
        } else {
            0.0
        }
    };
    let r = rss(&xs, &ts, &ws, a, b);
    let sw = sum(&|i| ws[i]);
    let mean = sum(&|i| ws[i] * ts[i]) / sw;
    let total = sum(&|i| ws[i] * (ts[i] - mean).powi(2));
    let r2 = if total > 0.0 { 1.0 - r / total } else { 0.0 };
    Some(Candidate {
        class,
        a,
        b,
        rss: r,
        r2,
    })
}

fn rss(xs: &[f64], ts: &[f64], ws: &[f64], a: f64, b: f64) -> f64 {
    (0..ts.len())
        .map(|i| ws[i] * (ts[i] - a - b * xs[i]).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Growth::*;

    /// A small deterministic generator (xorshift), so the noise is the same on every run.
    struct Noise(u64);
    impl Noise {
        fn uniform(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }
        /// A factor of 1 ± `spread` (uniform): CPU time on a loaded machine.
        fn factor(&mut self, spread: f64) -> f64 {
            1.0 + spread * (2.0 * self.uniform() - 1.0)
        }
    }

    /// Sizes 2^k from 1 up to where `work(n)` passes `stop` seconds or `max` is reached, the
    /// median of three noisy samples per size: the shape of a real measurement.
    fn measure(
        startup: f64,
        work: impl Fn(f64) -> f64,
        max: u64,
        stop: f64,
        spread: f64,
        noise: &mut Noise,
    ) -> Vec<Point> {
        let mut pts = Vec::new();
        let mut n = 1u64;
        while n <= max {
            let mut s: Vec<f64> = (0..3)
                .map(|_| (startup + work(n as f64)) * noise.factor(spread))
                .collect();
            s.sort_by(f64::total_cmp);
            pts.push(Point { n, seconds: s[1] });
            if work(n as f64) > stop {
                break;
            }
            n *= 2;
        }
        pts
    }

    fn looks(c: &Classified) -> Option<Growth> {
        match c.finding {
            Finding::Looks { class, .. } => Some(class),
            Finding::Unclear(_) => None,
        }
    }

    /// Each class is recovered from noisy times, Python-like (30 ms start-up) and Rust-like
    /// (2 ms), in 20 noise draws each, never flipped to another class.
    #[test]
    fn each_class_is_recovered_through_noise() {
        let lg = |n: f64| n.log2().max(1.0);
        let shapes: Vec<(Growth, Box<dyn Fn(f64) -> f64>, u64)> = vec![
            (Log, Box::new(move |n| 0.004 * lg(n)), 1 << 24),
            (Linear, Box::new(|n| 1e-6 * n), 1 << 20),
            (Linearithmic, Box::new(move |n| 1e-7 * n * lg(n)), 1 << 20),
            (Quadratic, Box::new(|n| 5e-8 * n * n), 1 << 20),
            (Cubic, Box::new(|n| 2e-9 * n * n * n), 1 << 20),
            (Exponential, Box::new(|n| 1e-6 * 2f64.powf(n)), 1 << 20),
        ];
        let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
        for (want, work, max) in &shapes {
            for startup in [0.030, 0.002] {
                let mut right = 0;
                for draw in 0..20 {
                    let pts = measure(startup, work, *max, 1.0, 0.10, &mut noise);
                    let c = classify(&pts);
                    let got = looks(&c);
                    assert!(
                        got.is_none() || got == Some(*want),
                        "{want} (start-up {startup}, draw {draw}) flipped to {got:?}: {pts:?}"
                    );
                    right += usize::from(got == Some(*want));
                }
                assert!(right >= 18, "{want} (start-up {startup}): {right}/20");
            }
        }
    }

    /// The start-up cost is found as `a`, the work per unit as `b`.
    #[test]
    fn the_fit_recovers_its_coefficients() {
        let pts: Vec<Point> = (0..16)
            .map(|k| {
                let n = 1u64 << k;
                Point {
                    n,
                    seconds: 0.02 + 3e-8 * (n * n) as f64,
                }
            })
            .collect();
        let c = classify(&pts);
        let q = c.candidate(Quadratic).unwrap();
        assert!(
            (q.a - 0.02).abs() < 1e-6 && (q.b - 3e-8).abs() < 1e-11,
            "{q:?}"
        );
        assert!(q.r2 > 0.999_999);
        assert_eq!(looks(&c), Some(Quadratic));
        assert!((q.predict(100_000) - (0.02 + 300.0)).abs() < 1e-3);
    }

    #[test]
    fn flat_times_are_unclear() {
        let mut noise = Noise(7);
        // Start-up only: the work is far below the noise.
        let pts = measure(0.030, |n| 1e-9 * n, 1 << 16, 1.0, 0.10, &mut noise);
        let c = classify(&pts);
        assert!(
            matches!(c.finding, Finding::Unclear(Unclear::Flat { .. })),
            "{:?}",
            c.finding
        );
        // Times of a millisecond that double: too small to measure.
        let tiny: Vec<Point> = (0..8)
            .map(|k| Point {
                n: 1 << k,
                seconds: 0.0002 * (1 << (k / 3)) as f64,
            })
            .collect();
        assert!(matches!(
            classify(&tiny).finding,
            Finding::Unclear(Unclear::Flat { .. })
        ));
    }

    #[test]
    fn too_few_sizes_are_unclear() {
        let pts = [1u64, 2, 4].map(|n| Point {
            n,
            seconds: 0.01 * n as f64,
        });
        assert!(matches!(
            classify(&pts).finding,
            Finding::Unclear(Unclear::TooFewPoints { points: 3 })
        ));
    }

    /// Times halfway between two classes (their geometric mean: n·√log n, n²·√n), measured
    /// with noise, fit both neighbours about equally: the classifier says so instead of naming
    /// one, and never names a class that is not a neighbour.
    #[test]
    fn ambiguous_times_are_unclear() {
        let lg = |n: f64| n.log2().max(1.0);
        let between: Vec<(Box<dyn Fn(f64) -> f64>, [Growth; 2])> = vec![
            (
                Box::new(move |n| 1e-6 * n * lg(n).sqrt()),
                [Linear, Linearithmic],
            ),
            (Box::new(|n| 1e-8 * n * n * n.sqrt()), [Quadratic, Cubic]),
        ];
        let mut noise = Noise(3);
        for (work, near) in &between {
            let mut unclear = 0;
            for _ in 0..20 {
                let pts = measure(0.03, work, 1 << 22, 1.0, 0.10, &mut noise);
                let c = classify(&pts);
                match c.finding {
                    Finding::Unclear(Unclear::Between { best, next, .. }) => {
                        assert!(near.contains(&best) && near.contains(&next), "{c:?}");
                        unclear += 1;
                    }
                    Finding::Looks { class, .. } => assert!(near.contains(&class), "{c:?}"),
                    other => panic!("{other:?}"),
                }
            }
            assert!(unclear >= 10, "{near:?}: unclear {unclear}/20");
        }
    }

    /// Wild noise (±60%) never names a wrong class: it is unclear or right.
    #[test]
    fn heavy_noise_is_unclear_rather_than_wrong() {
        let mut noise = Noise(42);
        for _ in 0..50 {
            let pts = measure(0.03, |n| 1e-6 * n, 1 << 17, 1.0, 0.6, &mut noise);
            let got = looks(&classify(&pts));
            assert!(got.is_none() || got == Some(Linear), "{got:?}: {pts:?}");
        }
    }
}
