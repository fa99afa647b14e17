//! The on-disk problem format, version 1: the serde types of `problem.yaml` and test files.
//!
//! These types mirror the YAML exactly and are strict (`deny_unknown_fields`); `load` turns them
//! into the runtime [`Problem`](super::Problem). The YAML crate is named only here and in `load`.

use std::fmt;
use std::time::Duration;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
/// A value with the place it was read from; other strict YAML files of judge (`judge.yaml`)
/// name it through here, so the YAML crate stays named only in the catalog.
pub use serde_saphyr::Spanned;

/// The only `format_version` this judge reads.
pub const FORMAT_VERSION: u32 = 1;

/// Read first, leniently, so a problem written for a newer judge gets a version error rather than
/// a confusing unknown-key error.
#[derive(Debug, Deserialize)]
pub struct VersionProbe {
    pub format_version: Option<Spanned<u32>>,
    #[serde(default)]
    pub kind: Kind,
    pub signature: Option<serde::de::IgnoredAny>,
    pub design: Option<serde::de::IgnoredAny>,
    pub levels: Option<serde::de::IgnoredAny>,
}

/// A problem file; `T` is the test schema of its kind ([`StdioTestSpec`], [`FunctionTestSpec`]
/// or [`DesignTestSpec`]).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct ProblemSpec<T> {
    pub format_version: u32,
    pub title: String,
    pub difficulty: Difficulty,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub kind: Kind,
    pub statement: Option<String>,
    pub statement_file: Option<Spanned<String>>,
    #[serde(default)]
    pub limits: LimitsSpec,
    pub compare: Option<Spanned<CompareSpec>>,
    /// For `kind: function`.
    pub signature: Option<Spanned<SignatureSpec>>,
    /// For `kind: design` and `kind: progressive` (the class and its constructor).
    pub design: Option<Spanned<DesignSpec>>,
    /// For `kind: progressive`: the levels, in order, each with its statement, the methods it
    /// adds and its tests.
    #[serde(default)]
    pub levels: Option<Spanned<Vec<LevelSpec<T>>>>,
    /// The solution whose outputs are the expected outputs of generated tests.
    pub reference: Option<Spanned<String>>,
    /// A program that reads a test's input on stdin and exits 0 if it is valid.
    pub validator: Option<Spanned<String>>,
    #[serde(default)]
    pub tests: Vec<T>,
    #[serde(default)]
    pub test_files: Vec<Spanned<String>>,
    /// Hints, from the gentlest nudge to the key idea (`judge hint` shows one at a time).
    #[serde(default)]
    pub hints: Option<Spanned<Vec<String>>>,
    /// The approach of the reference solutions and its complexity (`judge solution`).
    pub explanation: Option<Spanned<String>>,
    /// How to generate an input of a given size (the complexity report and the stress test).
    pub sizes: Option<Spanned<SizesSpec>>,
    /// The complexity the constraints call for.
    pub complexity: Option<Spanned<ComplexitySpec>>,
}

/// `sizes:`: the generator run as `python3 PROGRAM SEED ARGS...`, where the argument `{n}` is
/// replaced by the size, from `min` to `max` (the largest size the constraints allow).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizesSpec {
    pub program: String,
    pub args: Vec<serde_json::Value>,
    /// The arguments for the complexity report, when its inputs must differ from the stress
    /// test's (e.g. values spread wide, where the stress test wants repeats).
    pub complexity_args: Option<Vec<serde_json::Value>>,
    #[serde(default = "one")]
    pub min: u64,
    pub max: u64,
}

fn one() -> u64 {
    1
}

/// `complexity:`: what the constraints call for, e.g. `{time: n log n}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplexitySpec {
    pub time: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// What a solution is: a whole program reading stdin (`stdio`), a function on `class Solution`
/// (`function`), or a class with methods (`design`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Stdio,
    Function,
    Design,
    /// A design interface that grows over levels (see docs/progressive.md).
    Progressive,
}

/// One level of a progressive problem.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct LevelSpec<T> {
    /// The level's section of the statement, inline or in a file (exactly one of the two).
    pub statement: Option<String>,
    pub statement_file: Option<Spanned<String>>,
    /// The methods this level adds to the class.
    #[serde(default)]
    pub methods: Vec<MethodSpec>,
    #[serde(default)]
    pub tests: Vec<T>,
    #[serde(default)]
    pub test_files: Vec<Spanned<String>>,
}

/// `signature:` of a function problem.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureSpec {
    /// LeetCode's (camelCase) name: the Python method on `class Solution`.
    pub function: String,
    /// The Rust method on `impl Solution`; default: snake_case of `function`.
    pub rust: Option<String>,
    /// A top-level Python function also accepted; default: snake_case of `function`.
    pub python_function: Option<String>,
    #[serde(default)]
    pub params: Vec<ParamSpec>,
    pub returns: TypeSpec,
    /// An in-place answer: the parameter whose value after the call is the answer (LeetCode's
    /// "do not return anything, modify nums in-place"); `returns` must be `void`.
    pub answer: Option<String>,
    /// The returned node must be a node of the named parameter (compared by identity), and is
    /// written as its value, or with `node_answer: index` as its index in the list.
    pub returns_node_of: Option<String>,
    pub node_answer: Option<NodeAnswer>,
    /// An API the judge provides to the solution (first-bad-version's `isBadVersion`).
    pub api: Option<ApiSpec>,
    /// A round-trip codec: `function` is the encoding method of `class`, `decode` the decoding
    /// one; the answer is decode(encode(input)) with separate instances.
    pub codec: Option<CodecSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodecSpec {
    pub class: String,
    pub decode: String,
    /// The Rust decoding method; default: snake_case of `decode`.
    pub rust_decode: Option<String>,
}

/// `api:` of a function problem.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiSpec {
    pub kind: ApiKind,
    /// The hidden parameter the API answers from (the first bad version, the picked number).
    pub uses: String,
    /// More calls than this is a wrong answer.
    pub max_calls: Option<u64>,
}

/// The APIs the harnesses provide, under LeetCode's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApiKind {
    /// `isBadVersion(version) -> bool`: `version >= bad`. Rust: `self.isBadVersion(v)`.
    IsBadVersion,
    /// `guess(num) -> int`: 0 if right, -1 if `num` is higher than the pick, 1 if lower.
    /// Rust: `unsafe { guess(num) }`.
    Guess,
}

impl ApiKind {
    /// LeetCode's name of the function.
    pub fn function(self) -> &'static str {
        match self {
            ApiKind::IsBadVersion => "isBadVersion",
            ApiKind::Guess => "guess",
        }
    }
}

/// How a returned node is written in the expected output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeAnswer {
    Value,
    Index,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamSpec {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeSpec,
    /// Rust takes it as `&mut T`, as LeetCode's Rust signature does (in-place problems).
    #[serde(default)]
    pub mutable: bool,
    /// In the test input, not passed to the solution (LeetCode's `pos` of a cyclic list).
    #[serde(default)]
    pub hidden: bool,
    /// A `ListNode` whose tail links back to the node at the index the named hidden `int`
    /// parameter holds (-1: no cycle).
    pub cycle: Option<String>,
    /// A node of the named parameter's tree or list, written in the input as its value.
    pub node_of: Option<String>,
}

/// `design:` of a design problem.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignSpec {
    pub class: String,
    #[serde(default)]
    pub constructor: ConstructorSpec,
    /// Required for `kind: design`; for `kind: progressive`, methods every level has (the
    /// levels add theirs).
    #[serde(default)]
    pub methods: Vec<MethodSpec>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConstructorSpec {
    #[serde(default)]
    pub params: Vec<ParamSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodSpec {
    pub name: String,
    /// The Rust method; default: snake_case of `name`.
    pub rust: Option<String>,
    #[serde(default)]
    pub params: Vec<ParamSpec>,
    pub returns: TypeSpec,
}

/// A type written as text (`list<int>`), checked when read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeSpec(pub super::types::ValueType);

impl<'de> Deserialize<'de> for TypeSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        super::types::ValueType::parse(&text)
            .map(TypeSpec)
            .map_err(de::Error::custom)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsSpec {
    pub time: Option<DurationSpec>,
    pub memory: Option<SizeSpec>,
    pub output: Option<SizeSpec>,
    pub python: Option<LimitOverride>,
    pub rust: Option<LimitOverride>,
    /// The problem's own programs (generators, checkers, input validators): `authors: {time: 30s}`.
    pub authors: Option<LimitOverride>,
}

/// Limits that replace the problem's for one language or one test.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitOverride {
    pub time: Option<DurationSpec>,
    pub memory: Option<SizeSpec>,
    pub output: Option<SizeSpec>,
}

/// A test of a stdio problem: text in, text out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StdioTestSpec {
    pub name: Spanned<String>,
    #[serde(default)]
    pub sample: bool,
    pub input: Option<String>,
    pub output: Option<String>,
    pub generate: Option<GenerateSpec>,
    pub limits: Option<LimitOverride>,
    pub compare: Option<Spanned<CompareSpec>>,
}

/// A generated test: the input is what `program` prints when run as
/// `python3 program SEED ARGS...`; the expected output is the reference solution's.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenerateSpec {
    pub program: String,
    #[serde(default)]
    pub seed: u64,
    #[serde(default)]
    pub args: Vec<serde_json::Value>,
}

/// Deserializes a present value, even `null`, as `Some`, so a missing key (`None`) and an
/// explicit `null` differ.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

/// A test of a function problem: the arguments by parameter name, and the expected return.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionTestSpec {
    pub name: Spanned<String>,
    #[serde(default)]
    pub sample: bool,
    pub input: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, deserialize_with = "present")]
    pub output: Option<serde_json::Value>,
    pub generate: Option<GenerateSpec>,
    pub limits: Option<LimitOverride>,
    pub compare: Option<Spanned<CompareSpec>>,
}

/// A test of a design problem, as LeetCode writes it: parallel lists of calls, their arguments
/// and their expected returns (`null` for the constructor and `void` methods).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignTestSpec {
    pub name: Spanned<String>,
    #[serde(default)]
    pub sample: bool,
    pub calls: Option<Vec<String>>,
    pub args: Option<Vec<Vec<serde_json::Value>>>,
    pub output: Option<Vec<serde_json::Value>>,
    pub generate: Option<GenerateSpec>,
    pub limits: Option<LimitOverride>,
    pub compare: Option<Spanned<CompareSpec>>,
}

/// A file listed under `test_files`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct TestFileSpec<T> {
    pub tests: Vec<T>,
}

/// A comparison mode: a bare name (`compare: tokens`) or a mapping with options.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareSpec {
    /// Values: the top-level list is a multiset.
    AnyOrder,
    /// Values: every list, at any depth, is a multiset.
    AnyOrderNested,
    Lines,
    Exact,
    Tokens,
    UnorderedLines,
    Float {
        abs_tol: f64,
        rel_tol: f64,
    },
    Checker {
        program: String,
    },
    /// `tokens` or `float` with `ignore_case` or `exact_whitespace`; `tolerance` is
    /// `(abs_tol, rel_tol)` for `float`.
    TokensWith {
        ignore_case: bool,
        exact_whitespace: bool,
        tolerance: Option<(f64, f64)>,
    },
}

const MODES: &[&str] = &[
    "lines",
    "exact",
    "tokens",
    "float",
    "unordered-lines",
    "checker",
];
const DEFAULT_TOL: f64 = 1e-6;

impl CompareSpec {
    fn from_mode<E: de::Error>(mode: &str) -> Result<Self, E> {
        Ok(match mode {
            "lines" => CompareSpec::Lines,
            "exact" => CompareSpec::Exact,
            "tokens" => CompareSpec::Tokens,
            "unordered-lines" => CompareSpec::UnorderedLines,
            "any-order" => CompareSpec::AnyOrder,
            "any-order-nested" => CompareSpec::AnyOrderNested,
            "float" => CompareSpec::Float {
                abs_tol: DEFAULT_TOL,
                rel_tol: DEFAULT_TOL,
            },
            "checker" => {
                return Err(E::custom(
                    "compare mode `checker` needs a program: write `compare: {mode: checker, program: checker.py}`",
                ))
            }
            other => return Err(E::unknown_variant(other, MODES)),
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompareTable {
    mode: String,
    abs_tol: Option<f64>,
    rel_tol: Option<f64>,
    program: Option<String>,
    ignore_case: Option<bool>,
    exact_whitespace: Option<bool>,
}

impl<'de> Deserialize<'de> for CompareSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CompareSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a comparison mode name or a mapping with `mode`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<CompareSpec, E> {
                CompareSpec::from_mode(s)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<CompareSpec, A::Error> {
                let t = CompareTable::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let tol_allowed = t.mode == "float";
                if !tol_allowed && (t.abs_tol.is_some() || t.rel_tol.is_some()) {
                    return Err(de::Error::custom(format!(
                        "`abs_tol` and `rel_tol` apply to mode `float`, not `{}`",
                        t.mode
                    )));
                }
                let tokens_mode = matches!(t.mode.as_str(), "tokens" | "float");
                if !tokens_mode && (t.ignore_case.is_some() || t.exact_whitespace.is_some()) {
                    return Err(de::Error::custom(format!(
                        "`ignore_case` and `exact_whitespace` apply to modes `tokens` and `float`, not `{}`",
                        t.mode
                    )));
                }
                let ignore_case = t.ignore_case.unwrap_or(false);
                let exact_whitespace = t.exact_whitespace.unwrap_or(false);
                let with_rules = |tolerance| {
                    if ignore_case || exact_whitespace {
                        Some(CompareSpec::TokensWith {
                            ignore_case,
                            exact_whitespace,
                            tolerance,
                        })
                    } else {
                        None
                    }
                };
                if t.mode != "checker" && t.program.is_some() {
                    return Err(de::Error::custom(format!(
                        "`program` applies to mode `checker`, not `{}`",
                        t.mode
                    )));
                }
                match t.mode.as_str() {
                    "float" => {
                        let abs_tol = t.abs_tol.unwrap_or(DEFAULT_TOL);
                        let rel_tol = t.rel_tol.unwrap_or(DEFAULT_TOL);
                        if !(abs_tol >= 0.0 && rel_tol >= 0.0) {
                            return Err(de::Error::custom("tolerances must be 0 or more"));
                        }
                        Ok(with_rules(Some((abs_tol, rel_tol)))
                            .unwrap_or(CompareSpec::Float { abs_tol, rel_tol }))
                    }
                    "tokens" => Ok(with_rules(None).unwrap_or(CompareSpec::Tokens)),
                    "checker" => match t.program {
                        Some(program) => Ok(CompareSpec::Checker { program }),
                        None => CompareSpec::from_mode("checker"),
                    },
                    other => CompareSpec::from_mode(other),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// A duration written with its unit: `500ms`, `2s`, `1.5s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationSpec(pub Duration);

/// A size written with its unit: `512KiB`, `256MiB`, `1GiB`, `64MB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeSpec(pub u64);

fn bare_number<E: de::Error>(example: &str) -> E {
    E::custom(format!(
        "a bare number has no unit: write it with one, e.g. `{example}`"
    ))
}

impl<'de> Deserialize<'de> for DurationSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DurationSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a duration such as `2s` or `500ms`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<DurationSpec, E> {
                parse_duration(s).map(DurationSpec).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<DurationSpec, E> {
                Err(bare_number("2s"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<DurationSpec, E> {
                Err(bare_number("2s"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<DurationSpec, E> {
                Err(bare_number("1.5s"))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for SizeSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SizeSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a size such as `256MiB`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<SizeSpec, E> {
                parse_size(s).map(SizeSpec).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<SizeSpec, E> {
                Err(bare_number("256MiB"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<SizeSpec, E> {
                Err(bare_number("256MiB"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<SizeSpec, E> {
                Err(bare_number("256MiB"))
            }
        }
        d.deserialize_any(V)
    }
}

/// Splits `1.5s` into its number and unit.
fn split_unit(s: &str) -> Option<(f64, &str)> {
    let s = s.trim();
    let at = s.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (num, unit) = s.split_at(at);
    let n: f64 = num.parse().ok()?;
    (n.is_finite() && n >= 0.0).then_some((n, unit.trim()))
}

pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("`{s}` is not a duration: write e.g. `2s`, `1.5s` or `500ms`");
    let (n, unit) = split_unit(s).ok_or_else(bad)?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        _ => return Err(bad()),
    };
    if secs <= 0.0 || secs > 3600.0 {
        return Err(format!(
            "`{s}` is out of range: a time limit is above 0 and at most 1 hour"
        ));
    }
    Ok(Duration::from_secs_f64(secs))
}

pub fn parse_size(s: &str) -> Result<u64, String> {
    let bad = || format!("`{s}` is not a size: write e.g. `256MiB`, `512KiB` or `1GiB`");
    let (n, unit) = split_unit(s).ok_or_else(bad)?;
    let mult: f64 = match unit {
        "B" => 1.0,
        "KiB" => 1024.0,
        "MiB" => 1024.0 * 1024.0,
        "GiB" => 1024.0 * 1024.0 * 1024.0,
        "KB" | "kB" => 1e3,
        "MB" => 1e6,
        "GB" => 1e9,
        _ => return Err(bad()),
    };
    let bytes = n * mult;
    if !(1.0..=64.0 * 1024.0 * 1024.0 * 1024.0).contains(&bytes) {
        return Err(format!("`{s}` is out of range"));
    }
    Ok(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse_duration("2s").unwrap(), Duration::from_secs(2));
        assert_eq!(parse_duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        for bad in ["2", "2h", "s", "-1s", "0s", "", "1e3s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_size("256MiB").unwrap(), 256 << 20);
        assert_eq!(parse_size("1GiB").unwrap(), 1 << 30);
        assert_eq!(parse_size("64MB").unwrap(), 64_000_000);
        for bad in ["256", "5XB", "MiB", "0B"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn token_rules_make_a_tokens_or_float_comparison() {
        let parse = |s: &str| serde_saphyr::from_str::<CompareSpec>(s);
        assert_eq!(
            parse("{mode: tokens, ignore_case: false}").unwrap(),
            CompareSpec::Tokens
        );
        assert_eq!(
            parse("{mode: tokens, ignore_case: true}").unwrap(),
            CompareSpec::TokensWith {
                ignore_case: true,
                exact_whitespace: false,
                tolerance: None
            }
        );
        assert_eq!(
            parse("{mode: float, abs_tol: 1e-4, exact_whitespace: true}").unwrap(),
            CompareSpec::TokensWith {
                ignore_case: false,
                exact_whitespace: true,
                tolerance: Some((1e-4, DEFAULT_TOL))
            }
        );
        let err = parse("{mode: exact, ignore_case: true}")
            .unwrap_err()
            .to_string();
        assert!(err.contains("apply to modes `tokens` and `float`"), "{err}");
    }
}
