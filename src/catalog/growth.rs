//! [`Growth`]: a time-complexity class, as `complexity: {time: ...}` names it in problem.yaml
//! and as the complexity report (`crate::complexity`) fits it to measured times.

use std::fmt;

/// A growth class, slowest first: the order is "better than" (`Linear < Quadratic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Growth {
    Constant,
    Log,
    Linear,
    Linearithmic,
    Quadratic,
    Cubic,
    Exponential,
}

impl Growth {
    pub const ALL: [Growth; 7] = [
        Growth::Constant,
        Growth::Log,
        Growth::Linear,
        Growth::Linearithmic,
        Growth::Quadratic,
        Growth::Cubic,
        Growth::Exponential,
    ];

    /// f(n) of the class, for n ≥ 1 (logarithms base 2; `log n` is at least 1, so that the
    /// class is not flat between n = 1 and 2).
    pub fn f(self, n: f64) -> f64 {
        let lg = n.log2().max(1.0);
        match self {
            Growth::Constant => 1.0,
            Growth::Log => lg,
            Growth::Linear => n,
            Growth::Linearithmic => n * lg,
            Growth::Quadratic => n * n,
            Growth::Cubic => n * n * n,
            // Past n = 1000 this is infinite in f64, which a fit treats as "far too slow".
            Growth::Exponential => 2f64.powf(n.min(1000.0)),
        }
    }

    /// The ASCII name, as problem.yaml and `--format json` write it: `n log n`, `n^2`.
    pub fn id(self) -> &'static str {
        match self {
            Growth::Constant => "1",
            Growth::Log => "log n",
            Growth::Linear => "n",
            Growth::Linearithmic => "n log n",
            Growth::Quadratic => "n^2",
            Growth::Cubic => "n^3",
            Growth::Exponential => "2^n",
        }
    }

    /// Parses `n log n`, `O(n log n)`, `nlogn`, `n^2`, `n2`, `n²`, `n*n`, `2^n`, `1`, ...
    /// Spaces, case and an `O(...)` around it do not matter.
    pub fn parse(text: &str) -> Result<Growth, String> {
        let mut s: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '·' && *c != '*')
            .flat_map(char::to_lowercase)
            .collect();
        if let Some(inner) = s.strip_prefix("o(").and_then(|r| r.strip_suffix(')')) {
            s = inner.to_string();
        }
        let s = s
            .replace('²', "^2")
            .replace('³', "^3")
            .replace('ⁿ', "^n")
            .replace("lg", "log");
        let s = s.replace("log(n)", "logn").replace("log2n", "logn");
        let g = match s.as_str() {
            "1" | "const" | "constant" => Growth::Constant,
            "logn" => Growth::Log,
            "n" => Growth::Linear,
            "nlogn" => Growth::Linearithmic,
            "n^2" | "n2" | "nn" => Growth::Quadratic,
            "n^3" | "n3" | "nnn" => Growth::Cubic,
            "2^n" | "2n" => Growth::Exponential,
            _ => {
                return Err(format!(
                    "`{}` is not a complexity class this judge measures: write one of 1, log n, \
                     n, n log n, n^2, n^3, 2^n",
                    text.trim()
                ))
            }
        };
        Ok(g)
    }
}

/// `O(n log n)`, `O(n²)`: how the terminal writes the class.
impl fmt::Display for Growth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Growth::Constant => "O(1)",
            Growth::Log => "O(log n)",
            Growth::Linear => "O(n)",
            Growth::Linearithmic => "O(n log n)",
            Growth::Quadratic => "O(n²)",
            Growth::Cubic => "O(n³)",
            Growth::Exponential => "O(2ⁿ)",
        };
        f.write_str(s)
    }
}

impl serde::Serialize for Growth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::Growth::{self, *};

    #[test]
    fn spellings_parse_to_their_class() {
        let cases = [
            ("1", Constant),
            ("O(1)", Constant),
            ("log n", Log),
            ("O(log n)", Log),
            ("n", Linear),
            ("O(n)", Linear),
            ("n log n", Linearithmic),
            ("nlogn", Linearithmic),
            ("O(n log(n))", Linearithmic),
            ("n lg n", Linearithmic),
            ("n^2", Quadratic),
            ("n2", Quadratic),
            ("n²", Quadratic),
            ("O(N^2)", Quadratic),
            ("n*n", Quadratic),
            ("n^3", Cubic),
            ("n³", Cubic),
            ("2^n", Exponential),
            ("O(2^n)", Exponential),
        ];
        for (text, want) in cases {
            assert_eq!(Growth::parse(text), Ok(want), "{text}");
        }
        for g in Growth::ALL {
            assert_eq!(Growth::parse(g.id()), Ok(g), "the id of {g} parses back");
            assert_eq!(Growth::parse(&g.to_string()), Ok(g), "{g} parses back");
        }
    }

    #[test]
    fn other_expressions_are_refused_with_the_list() {
        for bad in ["n + q", "n log^2 n", "sqrt n", "", "fast"] {
            let e = Growth::parse(bad).unwrap_err();
            assert!(e.contains("n log n, n^2"), "{bad}: {e}");
        }
    }

    #[test]
    fn classes_are_ordered_slowest_first() {
        assert!(Linear < Linearithmic && Linearithmic < Quadratic && Cubic < Exponential);
        assert!(Growth::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Quadratic.f(1e5) > Linearithmic.f(1e5));
    }
}
