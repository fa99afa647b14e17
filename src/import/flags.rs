//! The default output validator's flags (`case_sensitive`, `space_change_sensitive`,
//! `float_tolerance` and its absolute and relative forms) and judge's comparison that judges
//! exactly as they say ([`comparison`]).

/// A comparison: its YAML in judge's format, what it means, and the validator flags it is from.
#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    pub yaml: String,
    pub meaning: String,
    /// The flags as written (`float_tolerance 1e-6`), or empty for none.
    pub flags: String,
}

/// The flags of the default output validator.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ValidatorFlags {
    pub case_sensitive: bool,
    pub space_change_sensitive: bool,
    pub abs_tol: Option<f64>,
    pub rel_tol: Option<f64>,
}

/// Parses flags the way the reference validator does, in order (a later tolerance replaces an
/// earlier one). Returns the flags and the words it does not know.
pub fn parse_flags(words: &[String]) -> Result<(ValidatorFlags, Vec<String>), String> {
    let mut f = ValidatorFlags::default();
    let mut unknown = Vec::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        let mut number = || -> Result<f64, String> {
            let v = it
                .next()
                .ok_or_else(|| format!("`{w}` needs a number after it"))?;
            v.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .ok_or_else(|| format!("`{w} {v}`: `{v}` is not a tolerance (a number, 0 or more)"))
        };
        match w.as_str() {
            "case_sensitive" => f.case_sensitive = true,
            "space_change_sensitive" => f.space_change_sensitive = true,
            "float_absolute_tolerance" => f.abs_tol = Some(number()?),
            "float_relative_tolerance" => f.rel_tol = Some(number()?),
            "float_tolerance" => {
                let e = number()?;
                f.abs_tol = Some(e);
                f.rel_tol = Some(e);
            }
            other => unknown.push(other.to_string()),
        }
    }
    Ok((f, unknown))
}

/// judge's comparison that judges exactly as the default validator with `flags`.
pub fn comparison(flags: &ValidatorFlags, written: &str) -> Compare {
    let ignore_case = !flags.case_sensitive;
    let exact_ws = flags.space_change_sensitive;
    let tolerance = match (flags.abs_tol, flags.rel_tol) {
        (None, None) => None,
        (a, r) => Some((a.unwrap_or(0.0), r.unwrap_or(0.0))),
    };
    let mut options = String::new();
    if ignore_case {
        options.push_str(", ignore_case: true");
    }
    if exact_ws {
        options.push_str(", exact_whitespace: true");
    }
    let yaml = match tolerance {
        None if !ignore_case && exact_ws => "exact".to_string(),
        None if options.is_empty() => "tokens".to_string(),
        None => format!("{{mode: tokens{options}}}"),
        Some((a, r)) => format!("{{mode: float, abs_tol: {a:?}, rel_tol: {r:?}{options}}}"),
    };
    let numbers = match (flags.abs_tol, flags.rel_tol) {
        (None, None) => "numbers compared as text".to_string(),
        (Some(a), Some(r)) if a == r => format!("numbers within {a:e} absolute or relative"),
        (Some(a), Some(r)) => format!("numbers within {a:e} absolute or {r:e} relative"),
        (Some(a), None) => format!("numbers within {a:e} absolute"),
        (None, Some(r)) => format!("numbers within {r:e} relative"),
    };
    let case = if ignore_case {
        "ASCII case ignored (no case_sensitive flag)"
    } else {
        "case-sensitive"
    };
    let space = if exact_ws {
        "whitespace exact (space_change_sensitive)"
    } else {
        "whitespace free"
    };
    Compare {
        yaml,
        meaning: format!("tokens, {case}, {space}, {numbers}"),
        flags: written.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    fn yaml_of(flags: &str) -> String {
        let (f, unknown) = parse_flags(&words(flags)).unwrap();
        assert!(unknown.is_empty());
        comparison(&f, flags).yaml
    }

    /// Every combination of the default validator's flags, and judge's comparison for it.
    #[test]
    fn validator_flags_map_to_comparisons() {
        let table = [
            ("", "{mode: tokens, ignore_case: true}"),
            ("case_sensitive", "tokens"),
            ("space_change_sensitive", "{mode: tokens, ignore_case: true, exact_whitespace: true}"),
            ("case_sensitive space_change_sensitive", "exact"),
            (
                "float_tolerance 1e-6",
                "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6, ignore_case: true}",
            ),
            (
                "case_sensitive float_absolute_tolerance 0.001",
                "{mode: float, abs_tol: 0.001, rel_tol: 0.0}",
            ),
            (
                "float_relative_tolerance 1e-9 case_sensitive",
                "{mode: float, abs_tol: 0.0, rel_tol: 1e-9}",
            ),
            (
                "float_absolute_tolerance 1e-4 float_relative_tolerance 1e-5 space_change_sensitive",
                "{mode: float, abs_tol: 0.0001, rel_tol: 1e-5, ignore_case: true, exact_whitespace: true}",
            ),
            (
                "case_sensitive space_change_sensitive float_tolerance 0",
                "{mode: float, abs_tol: 0.0, rel_tol: 0.0, exact_whitespace: true}",
            ),
            // A later tolerance replaces an earlier one, as in the reference validator.
            (
                "float_tolerance 1 float_absolute_tolerance 2 case_sensitive",
                "{mode: float, abs_tol: 2.0, rel_tol: 1.0}",
            ),
        ];
        for (flags, want) in table {
            assert_eq!(yaml_of(flags), want, "flags `{flags}`");
        }
    }

    /// The YAML of every mapped comparison loads, and judges as the flags say.
    #[test]
    fn mapped_comparisons_load_and_judge_like_the_default_validator() {
        use crate::catalog::spec::CompareSpec;
        let accepts = |flags: &str, expected: &str, actual: &str| {
            let yaml = yaml_of(flags);
            let spec: CompareSpec = serde_saphyr::from_str(&yaml).unwrap();
            let mode = match spec {
                CompareSpec::Tokens => crate::compare::Comparison::Tokens,
                CompareSpec::Exact => crate::compare::Comparison::Exact,
                CompareSpec::TokensWith {
                    ignore_case,
                    exact_whitespace,
                    tolerance,
                } => crate::compare::Comparison::TokensWith {
                    rules: crate::compare::TokenRules {
                        ignore_case,
                        exact_whitespace,
                    },
                    tolerance,
                },
                CompareSpec::Float { abs_tol, rel_tol } => {
                    crate::compare::Comparison::Float { abs_tol, rel_tol }
                }
                other => panic!("{other:?}"),
            };
            crate::compare::compare(&mode, expected.as_bytes(), actual.as_bytes()).is_accepted()
        };
        assert!(accepts("", "Yes 3\n", "yes\n3"));
        assert!(!accepts("case_sensitive", "Yes 3\n", "yes\n3"));
        assert!(accepts("case_sensitive", "Yes 3\n", "Yes\n3"));
        assert!(!accepts("space_change_sensitive", "Yes 3\n", "yes\n3"));
        assert!(accepts("space_change_sensitive", "Yes 3\n", "yES 3\n"));
        assert!(!accepts(
            "case_sensitive space_change_sensitive",
            "Yes 3\n",
            "Yes 3"
        ));
        assert!(accepts("float_tolerance 1e-6", "0.5 X\n", "0.5000001 x"));
        assert!(
            !accepts("", "0.5\n", "0.5000001"),
            "no tolerance: numbers are text"
        );
        assert!(accepts("float_relative_tolerance 1e-3", "1000\n", "1000.9"));
        assert!(!accepts(
            "float_relative_tolerance 1e-3",
            "0\n",
            "0.0000001"
        ));
    }

    #[test]
    fn bad_flags_are_reported() {
        assert!(parse_flags(&words("float_tolerance")).is_err());
        assert!(parse_flags(&words("float_tolerance abc")).is_err());
        assert!(parse_flags(&words("float_tolerance -1")).is_err());
        let (_, unknown) = parse_flags(&words("case_sensitive maxOnly=yes")).unwrap();
        assert_eq!(unknown, ["maxOnly=yes"]);
    }
}
