//! The catalog of problems: where problems come from ([`Catalog`]), what a loaded problem is
//! ([`Problem`], [`TestCase`]), and the strict YAML format they are read from (`spec`).

mod embedded;
mod error;
mod growth;
mod index;
pub mod lists;
mod load;
mod solutions;
pub mod spec;
mod store;
pub mod types;
mod values;
mod yaml;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::value::RawValue;

pub use error::{did_you_mean, CatalogError};
pub use growth::Growth;
/// Strict YAML parsing with located errors, for other readers of YAML (`import`, `check`).
pub(crate) use load::{extra_tests, valid_slug};
pub use spec::{Difficulty, Kind};
pub use types::ValueType;
pub(crate) use values::{design_calls, function_args};
pub(crate) use yaml::{located, parse as parse_yaml};

use crate::compare::Comparison;

/// Where problems are read from.
#[derive(Debug, Clone)]
pub enum Catalog {
    /// The catalog compiled into the binary.
    Builtin,
    /// A folder of problem folders.
    Dir(PathBuf),
    /// Catalogs stacked in order: a problem comes from the first layer that has it, so a
    /// practice repository's own `problems/` can add to (and shadow) the built-in catalog.
    Layered(Vec<Catalog>),
}

/// What `judge list` shows of a problem: its metadata, without reading its tests.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProblemSummary {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub kind: Kind,
}

/// A solution file shipped with a problem.
#[derive(Debug, Clone)]
pub struct SolutionFile {
    /// The folder under `solutions/`: the verdict it must get.
    pub category: String,
    pub name: String,
    pub contents: Vec<u8>,
}

/// A fully loaded problem.
#[derive(Debug, Clone)]
pub struct Problem {
    pub summary: ProblemSummary,
    /// What a solution is: a program, a function or a class.
    pub interface: Interface,
    /// The statement in Markdown.
    pub statement: String,
    pub limits: ProblemLimits,
    pub compare: Comparison,
    pub tests: Vec<TestCase>,
    /// `reference:` (file name and source): produces the expected outputs of generated tests.
    pub reference: Option<(String, std::sync::Arc<Vec<u8>>)>,
    /// `validator:` (file name and source): checks every test's input (`judge validate`).
    pub validator: Option<(String, std::sync::Arc<Vec<u8>>)>,
    /// Hints and the explanation of the approach, for the teaching commands.
    pub teaching: Teaching,
    /// `sizes:`: how to generate an input of size n.
    pub sizes: Option<Sizes>,
    /// `complexity: {time: ...}`: the class the constraints call for, e.g. `n log n`.
    pub complexity: Option<Growth>,
    /// The levels of a progressive problem (`kind: progressive`); `None` for other kinds.
    pub progression: Option<Progression>,
}

/// The levels of a progressive problem: a design interface that grows level by level.
#[derive(Debug, Clone)]
pub struct Progression {
    /// The statement before the first level (the problem's `statement`).
    pub intro: String,
    pub levels: Vec<Level>,
}

/// One level of a progressive problem.
#[derive(Debug, Clone)]
pub struct Level {
    /// The level's section of the statement.
    pub statement: String,
    /// The methods this level adds to the class.
    pub methods: Vec<String>,
    /// The names of this level's tests.
    pub tests: Vec<String>,
}

impl Progression {
    /// The statement up to level `n`: the intro and the sections of levels 1..=n.
    pub fn statement_to(&self, n: usize) -> String {
        let mut text = self.intro.trim_end().to_string();
        for level in self.levels.iter().take(n) {
            text.push_str("\n\n");
            text.push_str(level.statement.trim());
        }
        text.push('\n');
        text
    }

    /// The level (1-based) a test belongs to.
    pub fn level_of(&self, test: &str) -> Option<usize> {
        self.levels
            .iter()
            .position(|l| l.tests.iter().any(|t| t == test))
            .map(|i| i + 1)
    }
}

/// How to generate an input of a given size: a generator whose arguments contain `{n}` once.
#[derive(Debug, Clone)]
pub struct Sizes {
    pub program: String,
    pub source: std::sync::Arc<Vec<u8>>,
    pub args: Vec<String>,
    /// `complexity_args:`, the complexity report's own arguments; `args` when absent.
    pub complexity_args: Option<Vec<String>>,
    pub min: u64,
    pub max: u64,
}

impl Sizes {
    /// The generated test of size `n` (clamped to `min..=max`) with this seed.
    pub fn generate(&self, n: u64, seed: u64) -> Generate {
        let n = n.clamp(self.min, self.max).to_string();
        Generate {
            program: self.program.clone(),
            source: self.source.clone(),
            seed,
            args: self.args.iter().map(|a| a.replace("{n}", &n)).collect(),
        }
    }
}

/// `hints:` and `explanation:` of a problem; empty when the problem has none yet.
#[derive(Debug, Clone, Default)]
pub struct Teaching {
    /// From the gentlest nudge to the key idea.
    pub hints: Vec<String>,
    /// The approach of the reference solutions and its complexity, in Markdown.
    pub explanation: Option<String>,
}

/// Limits of one test run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// CPU time.
    pub time: Duration,
    pub memory_bytes: u64,
    pub output_bytes: u64,
}

impl Limits {
    /// The default for a problem's own programs: generous, but a hang ends in seconds.
    pub const AUTHORS: Limits = Limits {
        time: Duration::from_secs(10),
        memory_bytes: 1 << 30,
        output_bytes: 256 << 20,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: Duration::from_secs(1),
            memory_bytes: 256 << 20,
            output_bytes: 16 << 20,
        }
    }
}

/// Partial limits that replace some of the problem's, for a language or a test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LimitsOverride {
    pub time: Option<Duration>,
    pub memory_bytes: Option<u64>,
    pub output_bytes: Option<u64>,
}

impl LimitsOverride {
    fn apply(&self, base: Limits) -> Limits {
        Limits {
            time: self.time.unwrap_or(base.time),
            memory_bytes: self.memory_bytes.unwrap_or(base.memory_bytes),
            output_bytes: self.output_bytes.unwrap_or(base.output_bytes),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ProblemLimits {
    pub base: Limits,
    /// Overrides for solutions in one language, keyed by the language's name (`python`,
    /// `rust`): the catalog names languages, it does not know them.
    pub by_language: BTreeMap<String, LimitsOverride>,
    /// What the problem's own programs (generators, checkers, input validators) may use:
    /// [`Limits::AUTHORS`] unless `limits: {authors: ...}` says otherwise.
    pub authors: Limits,
}

#[derive(Debug, Clone)]
pub struct TestCase {
    pub name: String,
    /// A visible sample; otherwise the test is hidden and only its verdict is shown.
    pub sample: bool,
    /// The input as text: stdin for stdio problems, a readable rendering of the arguments or
    /// calls otherwise. Shared: a test is cloned into every run of it, and a generated one
    /// may be megabytes.
    pub input: std::sync::Arc<str>,
    /// The expected output as text: stdout for stdio problems, the JSON of the expected value
    /// otherwise.
    pub output: Expected,
    /// The structured input and output of function and design tests. Shared like `input`:
    /// a generated design test's calls are hundreds of thousands of values.
    pub values: Option<std::sync::Arc<TestValues>>,
    pub limits: LimitsOverride,
    pub compare: Option<Comparison>,
    /// A generated test: its input and output are filled in by [`crate::generate`].
    pub generate: Option<Generate>,
}

/// A test's expected output: its text (it reads as a `str`) and, for a generated output too
/// large to hold in memory, the open cache file that holds all of it; then the text is only
/// its start, for display, and comparisons read the file ([`Expected::file`]).
#[derive(Debug, Clone, Default)]
pub struct Expected {
    text: std::sync::Arc<str>,
    file: Option<std::sync::Arc<std::fs::File>>,
}

impl Expected {
    /// An output kept in `file`, of which `head` is the start.
    pub fn in_file(head: String, file: std::sync::Arc<std::fs::File>) -> Expected {
        Expected {
            text: head.into(),
            file: Some(file),
        }
    }

    /// The file that holds the whole output, when it is not all in memory.
    pub fn file(&self) -> Option<&std::sync::Arc<std::fs::File>> {
        self.file.as_ref()
    }

    /// The text (all of it, or its start when [`Expected::file`] holds it), shared.
    pub fn shared(&self) -> std::sync::Arc<str> {
        self.text.clone()
    }
}

impl std::ops::Deref for Expected {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for Expected {
    fn from(s: &str) -> Expected {
        Expected {
            text: s.into(),
            file: None,
        }
    }
}

impl From<String> for Expected {
    fn from(s: String) -> Expected {
        Expected {
            text: s.into(),
            file: None,
        }
    }
}

impl serde::Serialize for Expected {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

/// How a generated test's input is made.
#[derive(Debug, Clone)]
pub struct Generate {
    /// The generator's file name, in the problem folder.
    pub program: String,
    pub source: std::sync::Arc<Vec<u8>>,
    pub seed: u64,
    pub args: Vec<String>,
}

/// The interface a solution implements.
#[derive(Debug, Clone)]
pub enum Interface {
    /// A program: stdin to stdout.
    Stdio,
    /// A function (a method of `class Solution`).
    Function(Signature),
    /// A class whose methods are called in sequence.
    Design(DesignSig),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: ValueType,
    /// Passed to Rust as `&mut T`.
    pub mutable: bool,
    /// In the test input only, not passed to the solution.
    pub hidden: bool,
    /// A `ListNode` whose tail links back to the index this (hidden `int`) parameter holds.
    pub cycle: Option<usize>,
    /// A node of this parameter's tree or list, written in the input as its value.
    pub node_of: Option<usize>,
}

impl Param {
    /// The type of the parameter's value in a test's input.
    pub fn input_type(&self) -> ValueType {
        match self.node_of {
            Some(_) => ValueType::Optional(Box::new(ValueType::Int)),
            None => self.ty.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Signature {
    /// LeetCode's camelCase name: the Python method.
    pub function: String,
    /// The Rust method on `impl Solution`.
    pub rust: String,
    /// A top-level Python function that is also accepted.
    pub python_function: String,
    pub params: Vec<Param>,
    pub returns: ValueType,
    /// An in-place answer: the index of the parameter whose value after the call is the answer.
    pub answer: Option<usize>,
    /// The returned node must be a node of this parameter's structure (by identity).
    pub returns_node_of: Option<usize>,
    /// A returned node is written as its index in the list, not its value.
    pub node_answer_index: bool,
    /// An API the judge provides to the solution.
    pub api: Option<Api>,
    /// A round-trip codec (serialize-and-deserialize-binary-tree, encode-and-decode-strings).
    pub codec: Option<Codec>,
}

/// A codec class: `function` (and `rust`) name its encoding method.
#[derive(Debug, Clone)]
pub struct Codec {
    pub class: String,
    pub decode: String,
    pub rust_decode: String,
}

/// An API the judge provides (first-bad-version's `isBadVersion`, guess-number's `guess`).
#[derive(Debug, Clone)]
pub struct Api {
    pub kind: spec::ApiKind,
    /// The hidden parameter it answers from.
    pub uses: usize,
    pub max_calls: Option<u64>,
}

impl Signature {
    /// The type of the answer: the returned value, or the in-place parameter.
    pub fn answer_type(&self) -> ValueType {
        match (self.answer, self.returns_node_of) {
            (Some(i), _) => self.params[i].ty.clone(),
            (None, Some(_)) => ValueType::Optional(Box::new(ValueType::Int)),
            (None, None) => self.returns.clone(),
        }
    }

    /// The parameters the solution takes (not the hidden ones).
    pub fn passed_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| !p.hidden)
    }

    /// Why Rust cannot run this problem, if it cannot: a `Box`ed list has no cycle and no
    /// second owner, so LeetCode has no Rust version of these problems either.
    pub fn rust_unsupported(&self) -> Option<&'static str> {
        let list_node = |i: usize| self.params[i].ty == ValueType::ListNode;
        if self.params.iter().any(|p| p.ty.python_only()) || self.returns.python_only() {
            return Some(
                "LeetCode's graph and random-pointer `Node` and its `Interval` classes exist in \
                 Python only",
            );
        }
        if self.params.iter().any(|p| p.cycle.is_some()) {
            return Some("its list has a cycle, which Rust's Box<ListNode> cannot hold");
        }
        if self.params.iter().filter_map(|p| p.node_of).any(list_node)
            || self.returns_node_of.is_some_and(list_node)
        {
            return Some("it shares list nodes, which Rust's Box<ListNode> cannot do");
        }
        None
    }
}

#[derive(Debug, Clone)]
pub struct Method {
    pub name: String,
    pub rust: String,
    pub params: Vec<Param>,
    pub returns: ValueType,
}

#[derive(Debug, Clone)]
pub struct DesignSig {
    pub class: String,
    pub constructor: Vec<Param>,
    pub methods: Vec<Method>,
}

impl DesignSig {
    pub fn method(&self, name: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.name == name)
    }
}

/// The structured input of a function or design test, kept as JSON text: a generated design
/// test has 2 * 10^5 calls, and as value trees a problem's tests took ten times the memory of
/// their text. The expected value is the test's `output`, which [`TestValues::expected`]
/// parses when the test is judged.
#[derive(Debug, Clone)]
pub enum TestValues {
    Function {
        /// In parameter order.
        args: Vec<Box<RawValue>>,
    },
    Design {
        /// The list of call names, the constructor first.
        calls: Box<RawValue>,
        /// The list of each call's argument list.
        args: Box<RawValue>,
    },
}

impl TestValues {
    /// A function test's values: its arguments in parameter order.
    pub fn function(args: &[serde_json::Value]) -> TestValues {
        TestValues::Function {
            args: args.iter().map(raw).collect(),
        }
    }

    /// A design test's values: its calls and their argument lists.
    pub fn design(calls: &[String], args: &[Vec<serde_json::Value>]) -> TestValues {
        TestValues::Design {
            calls: raw(calls),
            args: raw(args),
        }
    }

    pub fn is_design(&self) -> bool {
        matches!(self, TestValues::Design { .. })
    }

    /// The expected value, from the test's output (its JSON text; empty before a generated
    /// test has one, which reads as `null`, or as no returns for a design test).
    pub fn expected(&self, output: &str) -> serde_json::Value {
        let value: serde_json::Value = serde_json::from_str(output).unwrap_or_default();
        match (self, value) {
            (TestValues::Design { .. }, v) if !v.is_array() => serde_json::Value::Array(Vec::new()),
            (_, v) => v,
        }
    }

    /// Call `i` of a design test: the method's name and its arguments (read from the text
    /// for one call, as a failure is reported).
    pub fn call(&self, i: usize) -> Option<(String, Vec<serde_json::Value>)> {
        let TestValues::Design { calls, args } = self else {
            return None;
        };
        let calls: Vec<&RawValue> = serde_json::from_str(calls.get()).ok()?;
        let args: Vec<&RawValue> = serde_json::from_str(args.get()).ok()?;
        Some((tree(calls.get(i)?), tree(args.get(i)?)))
    }

    /// The input as one JSON document, as a generator prints it and an input validator reads
    /// it: an object of the arguments by parameter name, or `{"calls": [...], "args": [...]}`.
    pub fn input_json(&self, iface: &Interface) -> String {
        #[derive(serde::Serialize)]
        struct Calls<'a> {
            // In the order of a JSON object's keys, as the validator's cache has hashed them.
            args: &'a RawValue,
            calls: &'a RawValue,
        }
        let text = match self {
            TestValues::Function { args } => {
                let params = match iface {
                    Interface::Function(sig) => &sig.params[..],
                    _ => &[],
                };
                let map: BTreeMap<&str, &RawValue> = params
                    .iter()
                    .map(|p| p.name.as_str())
                    .zip(args.iter().map(|a| &**a))
                    .collect();
                serde_json::to_string(&map)
            }
            TestValues::Design { calls, args } => serde_json::to_string(&Calls { args, calls }),
        };
        text.expect("JSON text always serializes")
    }
}

/// A value as JSON text.
fn raw<T: serde::Serialize + ?Sized>(value: &T) -> Box<RawValue> {
    serde_json::value::to_raw_value(value).expect("JSON values and strings always serialize")
}

/// JSON text this crate wrote, as a tree of `T`.
fn tree<T: serde::de::DeserializeOwned + Default>(text: &RawValue) -> T {
    serde_json::from_str(text.get()).unwrap_or_default()
}

impl Problem {
    /// The limits of `test` for a solution in `lang`: the problem's, then the language's
    /// overrides, then the test's.
    pub fn limits_for(&self, test: &TestCase, language: &str) -> Limits {
        let by_lang = self
            .limits
            .by_language
            .get(language)
            .copied()
            .unwrap_or_default();
        test.limits.apply(by_lang.apply(self.limits.base))
    }

    /// The problem with every time limit (base, per language, per test) multiplied by `factor`.
    pub fn with_time_scaled(&self, factor: f64) -> Problem {
        let scale = |d: Duration| d.mul_f64(factor);
        let mut p = self.clone();
        p.limits.base.time = scale(p.limits.base.time);
        for o in p.limits.by_language.values_mut() {
            o.time = o.time.map(scale);
        }
        for t in &mut p.tests {
            t.limits.time = t.limits.time.map(scale);
        }
        p
    }

    /// The number of levels of a progressive problem (0 for other kinds).
    pub fn level_count(&self) -> usize {
        self.progression.as_ref().map_or(0, |p| p.levels.len())
    }

    /// A progressive problem as it is at level `n`: the statement up to it, the methods of
    /// levels 1..=n, and the tests of levels 1..=n. `Err` says why there is no such level.
    pub fn at_level(&self, n: usize) -> Result<Problem, String> {
        let Some(prog) = &self.progression else {
            return Err(format!(
                "{} is not a progressive problem: it has no levels",
                self.slug()
            ));
        };
        if n == 0 || n > prog.levels.len() {
            return Err(format!(
                "{} has levels 1 to {}; there is no level {n}",
                self.slug(),
                prog.levels.len()
            ));
        }
        let mut p = self.clone();
        let later: Vec<&String> = prog.levels[n..].iter().flat_map(|l| &l.methods).collect();
        if let Interface::Design(d) = &mut p.interface {
            d.methods.retain(|m| !later.contains(&&m.name));
        }
        p.tests
            .retain(|t| prog.level_of(&t.name).is_some_and(|level| level <= n));
        p.statement = prog.statement_to(n);
        if let Some(q) = &mut p.progression {
            q.levels.truncate(n);
        }
        Ok(p)
    }

    pub fn compare_for<'a>(&'a self, test: &'a TestCase) -> &'a Comparison {
        test.compare.as_ref().unwrap_or(&self.compare)
    }

    pub fn slug(&self) -> &str {
        &self.summary.slug
    }
}

impl Catalog {
    /// The catalog named by `--catalog` or `JUDGE_CATALOG`, else the built-in one.
    pub fn from_option(dir: Option<PathBuf>) -> Catalog {
        match dir {
            Some(d) => Catalog::Dir(d),
            None => Catalog::Builtin,
        }
    }

    /// `top`'s problems over this catalog.
    pub fn layered_under(self, top: PathBuf) -> Catalog {
        Catalog::Layered(vec![Catalog::Dir(top), self])
    }

    /// The slugs of all problems, sorted.
    pub fn slugs(&self) -> Result<Vec<String>, CatalogError> {
        store::slugs(self)
    }

    /// The metadata of every problem, sorted by slug. Stops at the first broken problem.
    pub fn summaries(&self) -> Result<Vec<ProblemSummary>, CatalogError> {
        self.slugs()?
            .iter()
            .map(|s| {
                match store::owner(self, s) {
                    // The built-in catalog's index, made when judge was built: no YAML to parse.
                    Catalog::Builtin => index::summary(s).map(Ok),
                    _ => None,
                }
                .unwrap_or_else(|| load::load(self, s, false).map(|p| p.summary))
            })
            .collect()
    }

    /// Loads a problem with all its tests.
    pub fn problem(&self, slug: &str) -> Result<Problem, CatalogError> {
        let slugs = self.slugs()?;
        if !slugs.iter().any(|s| s == slug) {
            return Err(CatalogError::UnknownProblem {
                slug: slug.to_string(),
                suggestion: did_you_mean(slug, slugs.iter().map(String::as_str)),
            });
        }
        load::load(self, slug, true)
    }

    /// The solutions shipped with a problem: `solutions/<category>/<file>` with their contents,
    /// sorted (`accepted`, `wrong_answer`, `time_limit_exceeded`, `runtime_error`, ...).
    pub fn solution_files(&self, slug: &str) -> Result<Vec<SolutionFile>, CatalogError> {
        solutions::solution_files(self, slug)
    }

    /// The keys of the study lists the catalog has (`neetcode-150`, ...).
    pub fn list_keys(&self) -> Vec<String> {
        lists::keys(self)
    }

    /// A study list, by key.
    pub fn study_list(&self, key: &str) -> Result<lists::StudyList, CatalogError> {
        lists::load(self, key)
    }

    /// A name for the catalog in messages.
    pub fn describe(&self) -> String {
        match self {
            Catalog::Builtin => "the built-in catalog".to_string(),
            Catalog::Dir(d) => d.display().to_string(),
            Catalog::Layered(layers) => layers
                .iter()
                .map(Catalog::describe)
                .collect::<Vec<_>>()
                .join(" over "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_problem(root: &std::path::Path, slug: &str, title: &str) {
        let dir = root.join(slug);
        std::fs::create_dir_all(dir.join("solutions/accepted")).unwrap();
        std::fs::write(
            dir.join("problem.yaml"),
            format!(
                "format_version: 1\ntitle: {title}\ndifficulty: easy\nstatement: Echo.\n\
                 tests:\n  - {{name: one, sample: true, input: \"1\\n\", output: \"1\\n\"}}\n"
            ),
        )
        .unwrap();
        std::fs::write(dir.join("solutions/accepted/cat.py"), "print(input())\n").unwrap();
    }

    #[test]
    fn test_values_are_read_back_from_their_text() {
        use serde_json::json;
        let calls = ["LRUCache", "put", "get"].map(String::from);
        let args = vec![vec![json!(2)], vec![json!(1), json!("a b")], vec![json!(1)]];
        let design = TestValues::design(&calls, &args);
        assert_eq!(design.call(1), Some(("put".to_string(), args[1].clone())));
        assert_eq!(design.call(3), None);
        assert_eq!(
            design.input_json(&Interface::Stdio),
            r#"{"args":[[2],[1,"a b"],[1]],"calls":["LRUCache","put","get"]}"#
        );
        assert_eq!(design.expected("[null,null,1]"), json!([null, null, 1]));
        assert_eq!(design.expected(""), json!([]), "no output yet: no returns");

        let function = TestValues::function(&[json!([2, 7]), json!(9)]);
        assert_eq!(function.call(0), None);
        assert_eq!(function.expected("[0, 1]"), json!([0, 1]));
        assert_eq!(function.expected(""), json!(null));
    }

    #[test]
    fn a_layer_adds_problems_and_shadows_the_ones_below() {
        let top = tempfile::tempdir().unwrap();
        write_problem(top.path(), "echo-line", "Echo Line");
        write_problem(top.path(), "two-sum", "My Two Sum");
        let layered = Catalog::Builtin.layered_under(top.path().to_path_buf());

        let slugs = layered.slugs().unwrap();
        let builtin = Catalog::Builtin.slugs().unwrap();
        assert_eq!(slugs.len(), builtin.len() + 1, "two-sum is listed once");
        assert!(slugs.contains(&"echo-line".to_string()));
        assert!(
            slugs.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );

        assert_eq!(
            layered.problem("two-sum").unwrap().summary.title,
            "My Two Sum"
        );
        assert_eq!(layered.problem("echo-line").unwrap().tests.len(), 1);
        assert_eq!(
            layered.problem("lru-cache").unwrap().summary.title,
            "LRU Cache"
        );
        assert_eq!(layered.solution_files("two-sum").unwrap()[0].name, "cat.py");
        assert!(matches!(
            layered.problem("echo-lines"),
            Err(CatalogError::UnknownProblem { suggestion: Some(s), .. }) if s == "echo-line"
        ));
        assert!(layered.describe().ends_with("over the built-in catalog"));
    }

    #[test]
    fn hints_and_explanation_are_read_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        write_problem(dir.path(), "echo-line", "Echo Line");
        let yaml = dir.path().join("echo-line/problem.yaml");
        let base = std::fs::read_to_string(&yaml).unwrap();
        std::fs::write(
            &yaml,
            format!("{base}hints:\n  - Read one line.\n  - Print it back.\nexplanation: |\n  Copy stdin to stdout. O(n).\n"),
        )
        .unwrap();
        let p = Catalog::Dir(dir.path().to_path_buf())
            .problem("echo-line")
            .unwrap();
        assert_eq!(p.teaching.hints, ["Read one line.", "Print it back."]);
        assert_eq!(
            p.teaching.explanation.as_deref(),
            Some("Copy stdin to stdout. O(n).\n")
        );

        std::fs::write(&yaml, format!("{base}hints: [\"\", \"x\"]\n")).unwrap();
        let err = Catalog::Dir(dir.path().to_path_buf())
            .problem("echo-line")
            .unwrap_err();
        assert!(err.to_string().contains("`hints` must be"), "{err}");
    }

    #[test]
    fn an_empty_layer_is_fine_but_an_empty_catalog_is_not() {
        let top = tempfile::tempdir().unwrap();
        let layered = Catalog::Builtin.layered_under(top.path().to_path_buf());
        assert_eq!(layered.slugs().unwrap(), Catalog::Builtin.slugs().unwrap());
        let empty = Catalog::Dir(top.path().to_path_buf()).layered_under(top.path().to_path_buf());
        assert!(matches!(empty.slugs(), Err(CatalogError::Empty { .. })));
    }
}
