//! Spec to model: one `problem.yaml` (and its test files) read through the strict parser and
//! turned into a runtime [`Problem`], with the checks serde cannot express (one statement, unique
//! test names, files that exist, compare modes that fit the kind, a consistent interface).

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use super::spec::{
    self, CompareSpec, DesignSpec, DesignTestSpec, FunctionTestSpec, GenerateSpec, LimitOverride,
    ParamSpec, ProblemSpec, SignatureSpec, StdioTestSpec, TestFileSpec,
};
use super::store::{
    confined, display_path, owner, read_bytes, read_text, regular_file, PROBLEM_FILE,
};
use super::types::snake_case;
use super::yaml::{at, located, parse};
use super::{
    Catalog, CatalogError, DesignSig, Generate, Interface, Kind, Limits, LimitsOverride, Method,
    Param, Problem, ProblemLimits, ProblemSummary, Signature, TestCase, ValueType,
};
use crate::compare::Comparison;

/// Bounds on the fields a listing shows on one line.
const MAX_TITLE: usize = 200;
const MAX_TAGS: usize = 32;
const MAX_TAG_LEN: usize = 64;

pub(super) fn limits_override(o: &Option<LimitOverride>) -> LimitsOverride {
    match o {
        None => LimitsOverride::default(),
        Some(o) => LimitsOverride {
            time: o.time.map(|d| d.0),
            memory_bytes: o.memory.map(|s| s.0),
            output_bytes: o.output.map(|s| s.0),
        },
    }
}

/// Lowercase letters, digits and dashes, not starting with a dash: problem folders and tags.
pub(crate) fn valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Reads and checks one problem. Without `with_tests`, test files and checkers are not read.
pub(super) fn load(
    catalog: &Catalog,
    slug: &str,
    with_tests: bool,
) -> Result<Problem, CatalogError> {
    // Everything of a problem comes from the one layer that has it.
    let catalog = owner(catalog, slug);
    let rel = format!("{slug}/{PROBLEM_FILE}");
    let file = display_path(catalog, &rel);
    if let Err(why) = regular_file(catalog, &rel) {
        return Err(CatalogError::Located {
            file,
            line: 1,
            column: 1,
            message: format!("{PROBLEM_FILE} cannot be read: {why}"),
            source_line: None,
            help: Some(format!(
                "make {PROBLEM_FILE} a regular file inside the problem folder"
            )),
        });
    }
    let text = read_text(catalog, &rel)?;
    let ctx = Ctx {
        catalog,
        slug,
        file: &file,
        text: &text,
        with_tests,
    };
    if !valid_slug(slug) {
        return Err(ctx.invalid(
            format!("`{slug}` is not a valid slug (problem folder name)"),
            Some("use lowercase letters, digits and dashes".to_string()),
        ));
    }

    let probe: spec::VersionProbe = parse(&file, &text)?;
    match probe.format_version {
        None => {
            return Err(ctx.invalid(
                "missing `format_version`".to_string(),
                Some(format!(
                    "start the file with `format_version: {}`",
                    spec::FORMAT_VERSION
                )),
            ))
        }
        Some(v) if v.value != spec::FORMAT_VERSION => {
            let help = if v.value > spec::FORMAT_VERSION {
                "this problem needs a newer judge: upgrade judge"
            } else {
                "convert the problem to the current format (docs/problem-format.md)"
            };
            return Err(at(
                &file,
                &text,
                &v,
                format!(
                    "format_version {} is not supported; this judge reads version {}",
                    v.value,
                    spec::FORMAT_VERSION
                ),
                Some(help.to_string()),
            ));
        }
        Some(_) => {}
    }
    // Said before the strict parse, whose first complaint would be about the tests' shape.
    let needs = match probe.kind {
        Kind::Function if probe.signature.is_none() => Some(("signature", "signature: {function: twoSum, params: [{name: nums, type: \"list<int>\"}], returns: \"list<int>\"}")),
        Kind::Design if probe.design.is_none() => Some(("design", "design: {class: LRUCache, constructor: {params: [...]}, methods: [...]}")),
        Kind::Progressive if probe.design.is_none() => Some(("design", "design: {class: Bank, constructor: {params: []}}")),
        Kind::Progressive if probe.levels.is_none() => Some(("levels", "levels: [{statement_file: level1.md, methods: [...], tests: [...]}, ...]")),
        _ => None,
    };
    if let Some((block, example)) = needs {
        let doc = if probe.kind == Kind::Progressive {
            "docs/progressive.md"
        } else {
            "docs/function-problems.md"
        };
        return Err(ctx.invalid(
            format!("`kind: {}` needs a `{block}` block", kind_name(probe.kind)),
            Some(format!("add `{example}` ({doc})")),
        ));
    }
    match probe.kind {
        Kind::Stdio => ctx.load_kind::<StdioTestSpec>(),
        Kind::Function => ctx.load_kind::<FunctionTestSpec>(),
        Kind::Design | Kind::Progressive => ctx.load_kind::<DesignTestSpec>(),
    }
}

/// What every step of loading one problem needs.
struct Ctx<'a> {
    catalog: &'a Catalog,
    slug: &'a str,
    file: &'a str,
    text: &'a str,
    with_tests: bool,
}

/// A test schema of one kind, turned into a runtime [`TestCase`].
pub(super) trait TestSpecKind: DeserializeOwned {
    fn name(&self) -> &Spanned<String>;
    fn compare(&self) -> Option<&Spanned<CompareSpec>>;
    fn generate(&self) -> Option<&GenerateSpec>;
    /// Whether any of the literal input or output keys is given.
    fn has_data(&self) -> bool;
    fn limits(&self) -> &Option<LimitOverride>;
    fn sample(&self) -> bool;
    /// Converts the test, checking it against the interface; `Err` is a message about the test.
    fn into_case(self, iface: &Interface, compare: Option<Comparison>) -> Result<TestCase, String>;
}

impl Ctx<'_> {
    /// An error about the file as a whole points at its start.
    fn invalid(&self, message: String, help: Option<String>) -> CatalogError {
        located(self.file, self.text, 1, 1, message, help)
    }

    fn load_kind<T: TestSpecKind>(&self) -> Result<Problem, CatalogError> {
        let (catalog, slug, file, text) = (self.catalog, self.slug, self.file, self.text);
        let spec: ProblemSpec<T> = parse(file, text)?;

        if spec.title.trim().is_empty() {
            return Err(self.invalid("`title` is empty".to_string(), None));
        }
        // A title is one line of a listing; an unbounded one broke `judge list`'s padding.
        if spec.title.chars().count() > MAX_TITLE || spec.title.contains(char::is_control) {
            return Err(self.invalid(
                format!("`title` must be one line of at most {MAX_TITLE} characters"),
                Some("put the long text in the statement".to_string()),
            ));
        }
        if spec.tags.len() > MAX_TAGS {
            return Err(self.invalid(format!("more than {MAX_TAGS} tags"), None));
        }
        for tag in &spec.tags {
            if !valid_slug(tag) || tag.len() > MAX_TAG_LEN {
                return Err(self.invalid(
                    format!("tag `{}` is not valid", super::store::shown(tag)),
                    Some("tags are lowercase words with dashes, like `prefix-sums`".to_string()),
                ));
            }
        }
        let statement = self.statement(&spec.statement, &spec.statement_file)?;
        let levels = match (&spec.levels, spec.kind) {
            (Some(l), Kind::Progressive) => {
                if l.value.is_empty() {
                    return Err(at(file, text, l, "`levels` is empty".to_string(), None));
                }
                if !spec.tests.is_empty() || !spec.test_files.is_empty() {
                    return Err(self.invalid(
                        "the tests of a progressive problem belong to its levels".to_string(),
                        Some("move `tests` and `test_files` under the level they test".to_string()),
                    ));
                }
                l.value.as_slice()
            }
            (Some(l), kind) => {
                return Err(at(
                    file,
                    text,
                    l,
                    format!("`levels` does not apply to `kind: {}`", kind_name(kind)),
                    Some("`levels` is for `kind: progressive` (docs/progressive.md)".to_string()),
                ))
            }
            (None, _) => &[],
        };
        let interface = if spec.kind == Kind::Progressive {
            // The class with every level's methods; `Problem::at_level` keeps those of the
            // levels up to one.
            let mut design = spec.design.clone();
            if let Some(d) = &mut design {
                for level in levels {
                    d.value.methods.extend(level.methods.iter().cloned());
                }
            }
            self.interface(Kind::Design, &spec.signature, &design)?
        } else {
            if let (Kind::Design, Some(d)) = (spec.kind, &spec.design) {
                if d.value.methods.is_empty() {
                    return Err(at(
                        file,
                        text,
                        d,
                        "`design` has no `methods`".to_string(),
                        None,
                    ));
                }
            }
            self.interface(spec.kind, &spec.signature, &spec.design)?
        };

        let summary = ProblemSummary {
            slug: slug.to_string(),
            title: spec.title.clone(),
            difficulty: spec.difficulty,
            tags: spec.tags.clone(),
            kind: spec.kind,
        };
        let limits = ProblemLimits {
            base: limits_override(&Some(LimitOverride {
                time: spec.limits.time,
                memory: spec.limits.memory,
                output: spec.limits.output,
            }))
            .apply(Limits::default()),
            by_language: [("python", &spec.limits.python), ("rust", &spec.limits.rust)]
                .into_iter()
                .map(|(name, o)| (name.to_string(), limits_override(o)))
                .collect(),
            authors: limits_override(&spec.limits.authors).apply(Limits::AUTHORS),
        };
        let compare = self
            .comparison(file, text, spec.compare.as_ref(), spec.kind)?
            .unwrap_or(match spec.kind {
                Kind::Stdio => Comparison::Lines,
                Kind::Function | Kind::Design | Kind::Progressive => Comparison::Exact,
            });

        let mut tests = Vec::new();
        let mut names = HashSet::new();
        let mut add = |tests: &mut Vec<TestCase>,
                       t: T,
                       file: &str,
                       text: &str|
         -> Result<(), CatalogError> {
            let name = t.name().value.trim().to_string();
            let span = t.name().clone();
            if name.is_empty() {
                return Err(at(
                    file,
                    text,
                    &span,
                    "a test name is empty".to_string(),
                    None,
                ));
            }
            if !names.insert(name.clone()) {
                return Err(at(
                    file,
                    text,
                    &span,
                    format!("duplicate test name `{name}`"),
                    Some("test names must be unique within a problem".to_string()),
                ));
            }
            let compare = self.comparison(file, text, t.compare(), spec.kind)?;
            let fail = |m: String| at(file, text, &span, format!("test `{name}`: {m}"), None);
            let case = match t.generate().cloned() {
                None => t.into_case(&interface, compare).map_err(fail)?,
                Some(g) => {
                    if t.has_data() {
                        return Err(fail(
                            "has both `generate` and literal data: keep one".into(),
                        ));
                    }
                    if t.sample() {
                        return Err(fail("a sample cannot be generated: write its data".into()));
                    }
                    if spec.reference.is_none() {
                        return Err(fail(
                                "generated tests need `reference:` (the solution whose outputs are expected)".into(),
                            ));
                    }
                    if let Err(why) = confined(catalog, slug, &g.program) {
                        return Err(fail(format!("generator: {why}")));
                    }
                    if !g.program.ends_with(".py") {
                        return Err(fail(format!(
                            "generator `{}` is not a Python program: generators are `.py` files run as `python3 PROGRAM SEED ARGS...`",
                            super::store::shown(&g.program)
                        )));
                    }
                    let rel = format!("{slug}/{}", g.program);
                    let source = if self.with_tests {
                        read_bytes(catalog, &rel)?
                    } else {
                        Vec::new()
                    };
                    TestCase {
                        name: name.clone(),
                        sample: false,
                        input: "".into(),
                        output: "".into(),
                        values: None,
                        limits: limits_override(t.limits()),
                        compare,
                        generate: Some(Generate {
                            program: g.program,
                            source: std::sync::Arc::new(source),
                            seed: g.seed,
                            args: g
                                .args
                                .iter()
                                .map(|a| match a {
                                    serde_json::Value::String(s) => s.clone(),
                                    other => other.to_string(),
                                })
                                .collect(),
                        }),
                    }
                }
            };
            tests.push(case);
            Ok(())
        };
        // The top-level tests, then each level's (a progressive problem has only the latter).
        let mut groups: Vec<(Vec<T>, Vec<Spanned<String>>)> =
            vec![(spec.tests, spec.test_files.clone())];
        let mut level_statements = Vec::new();
        for level in spec.levels.map(|l| l.value).unwrap_or_default() {
            level_statements.push((
                self.statement(&level.statement, &level.statement_file)?,
                level
                    .methods
                    .iter()
                    .map(|m| m.name.clone())
                    .collect::<Vec<_>>(),
            ));
            groups.push((level.tests, level.test_files));
        }
        let mut level_tests: Vec<Vec<String>> = Vec::new();
        for (group, (inline, files)) in groups.into_iter().enumerate() {
            let before = tests.len();
            for t in inline {
                add(&mut tests, t, file, text)?;
            }
            for tf in &files {
                let rel = format!("{slug}/{}", tf.value);
                if let Err(why) = confined(catalog, slug, &tf.value) {
                    return Err(at(
                        file,
                        text,
                        tf,
                        format!("test file: {why}"),
                        Some(format!(
                            "create {} or remove it from `test_files`",
                            display_path(catalog, &rel)
                        )),
                    ));
                }
                if !self.with_tests {
                    continue;
                }
                let tfile = display_path(catalog, &rel);
                let ttext = read_text(catalog, &rel)?;
                let parsed: TestFileSpec<T> = parse(&tfile, &ttext)?;
                for t in parsed.tests {
                    add(&mut tests, t, &tfile, &ttext)?;
                }
            }
            if group > 0 {
                level_tests.push(tests[before..].iter().map(|t| t.name.clone()).collect());
            }
        }
        if tests.is_empty() && spec.test_files.is_empty() && level_statements.is_empty() {
            return Err(self.invalid(
                "the test list is empty: the problem has no tests".to_string(),
                Some("add at least one test under `tests:`".to_string()),
            ));
        }

        let program = |what: &str, r: &Option<Spanned<String>>| -> Result<_, CatalogError> {
            let Some(r) = r else { return Ok(None) };
            let rel = format!("{slug}/{}", r.value);
            if let Err(why) = confined(catalog, slug, &r.value) {
                return Err(at(file, text, r, format!("{what}: {why}"), None));
            }
            let source = if self.with_tests {
                read_bytes(catalog, &rel)?
            } else {
                Vec::new()
            };
            Ok(Some((r.value.clone(), std::sync::Arc::new(source))))
        };
        let reference = program("reference", &spec.reference)?;
        let validator = program("validator", &spec.validator)?;
        if let Some(v) = spec
            .validator
            .as_ref()
            .filter(|v| !v.value.ends_with(".py"))
        {
            return Err(at(
                file,
                text,
                v,
                format!("validator `{}` is not a Python file", v.value),
                None,
            ));
        }
        let teaching = teaching(file, text, spec.hints, spec.explanation)?;
        let sizes = match &spec.sizes {
            None => None,
            Some(sz) => {
                let fail = |m: String| at(file, text, sz, format!("sizes: {m}"), None);
                let g = &sz.value;
                if let Err(why) = confined(catalog, slug, &g.program) {
                    return Err(fail(format!("generator: {why}")));
                }
                if !g.program.ends_with(".py") {
                    return Err(fail(format!(
                        "generator `{}` is not a Python program",
                        super::store::shown(&g.program)
                    )));
                }
                let words = |args: &[serde_json::Value]| -> Vec<String> {
                    args.iter()
                        .map(|a| match a {
                            serde_json::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        })
                        .collect()
                };
                let args = words(&g.args);
                let complexity_args = g.complexity_args.as_deref().map(words);
                for (field, args) in [
                    ("args", Some(&args)),
                    ("complexity_args", complexity_args.as_ref()),
                ] {
                    if args.is_some_and(|a| a.iter().filter(|a| a.contains("{n}")).count() != 1) {
                        return Err(fail(format!(
                            "exactly one of `{field}` must contain `{{n}}`, the size"
                        )));
                    }
                }
                if g.min == 0 || g.min > g.max {
                    return Err(fail("`min` must be at least 1 and at most `max`".into()));
                }
                if spec.reference.is_none() {
                    return Err(fail("generated inputs need `reference:`".into()));
                }
                let source = if self.with_tests {
                    read_bytes(catalog, &format!("{slug}/{}", g.program))?
                } else {
                    Vec::new()
                };
                Some(super::Sizes {
                    program: g.program.clone(),
                    source: std::sync::Arc::new(source),
                    args,
                    complexity_args,
                    min: g.min,
                    max: g.max,
                })
            }
        };
        let complexity = match &spec.complexity {
            None => None,
            Some(c) => Some(
                super::Growth::parse(&c.value.time)
                    .map_err(|m| at(file, text, c, format!("complexity: {m}"), None))?,
            ),
        };
        let progression = (spec.kind == Kind::Progressive).then(|| super::Progression {
            intro: statement.clone(),
            levels: level_statements
                .into_iter()
                .zip(level_tests.into_iter().chain(std::iter::repeat(Vec::new())))
                .map(|((statement, methods), tests)| super::Level {
                    statement,
                    methods,
                    tests,
                })
                .collect(),
        });
        let statement = match &progression {
            Some(p) => p.statement_to(p.levels.len()),
            None => statement,
        };
        Ok(Problem {
            progression,
            summary,
            interface,
            statement,
            limits,
            compare,
            tests,
            reference,
            validator,
            teaching,
            sizes,
            complexity,
        })
    }

    fn statement(
        &self,
        inline: &Option<String>,
        in_file: &Option<Spanned<String>>,
    ) -> Result<String, CatalogError> {
        match (inline, in_file) {
            (Some(_), Some(f)) => Err(at(
                self.file,
                self.text,
                f,
                "both `statement` and `statement_file` are given".to_string(),
                Some("keep one of the two".to_string()),
            )),
            (None, None) => Err(self.invalid(
                "no statement".to_string(),
                Some(
                    "add `statement: |` with Markdown, or `statement_file: statement.md`"
                        .to_string(),
                ),
            )),
            (Some(s), None) => Ok(s.clone()),
            (None, Some(f)) => {
                let rel = format!("{}/{}", self.slug, f.value);
                if let Err(why) = confined(self.catalog, self.slug, &f.value) {
                    return Err(at(
                        self.file,
                        self.text,
                        f,
                        format!("statement file: {why}"),
                        Some(format!("create {}", display_path(self.catalog, &rel))),
                    ));
                }
                read_text(self.catalog, &rel)
            }
        }
    }

    /// The interface of the problem, from `kind` with `signature` or `design`.
    fn interface(
        &self,
        kind: Kind,
        signature: &Option<Spanned<SignatureSpec>>,
        design: &Option<Spanned<DesignSpec>>,
    ) -> Result<Interface, CatalogError> {
        let misplaced = |what: &str, kind: Kind| {
            self.invalid(
                format!("`{what}` does not apply to `kind: {}`", kind_name(kind)),
                Some(format!(
                    "`signature` is for `kind: function`, `design` for `kind: design`; remove `{what}` or change `kind`"
                )),
            )
        };
        let params = |ps: &[ParamSpec]| -> Result<Vec<Param>, String> {
            let mut seen = HashSet::new();
            ps.iter()
                .map(|p| {
                    if !seen.insert(p.name.clone()) {
                        return Err(format!("parameter `{}` is declared twice", p.name));
                    }
                    if p.ty.0 == ValueType::Void {
                        return Err(format!("parameter `{}` cannot be void", p.name));
                    }
                    Ok(Param {
                        name: p.name.clone(),
                        ty: p.ty.0.clone(),
                        mutable: p.mutable,
                        hidden: p.hidden,
                        cycle: None,
                        node_of: None,
                    })
                })
                .collect()
        };
        match kind {
            Kind::Stdio => {
                if signature.is_some() {
                    return Err(misplaced("signature", kind));
                }
                if design.is_some() {
                    return Err(misplaced("design", kind));
                }
                Ok(Interface::Stdio)
            }
            Kind::Function => {
                if design.is_some() {
                    return Err(misplaced("design", kind));
                }
                let Some(sig) = signature else {
                    return Err(self.invalid(
                        "`kind: function` needs a `signature`".to_string(),
                        Some("add `signature: {function: twoSum, params: [{name: nums, type: \"list<int>\"}], returns: \"list<int>\"}`".to_string()),
                    ));
                };
                let s = &sig.value;
                let mut params =
                    params(&s.params).map_err(|m| at(self.file, self.text, sig, m, None))?;
                let links = link_params(&s.params, &mut params, s)
                    .map_err(|m| at(self.file, self.text, sig, m, None))?;
                let answer = match &s.answer {
                    None => None,
                    Some(name) => {
                        let Some(i) = params.iter().position(|p| &p.name == name) else {
                            return Err(at(
                                self.file,
                                self.text,
                                sig,
                                format!("`answer: {name}` names no parameter"),
                                Some(format!(
                                    "name one of: {}",
                                    params
                                        .iter()
                                        .map(|p| p.name.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )),
                            ));
                        };
                        if s.returns.0 != ValueType::Void || !params[i].mutable {
                            return Err(at(
                                self.file,
                                self.text,
                                sig,
                                format!("an in-place answer (`answer: {name}`) needs `returns: void` and `mutable: true` on `{name}`"),
                                Some("the function modifies the parameter and returns nothing, as on LeetCode".to_string()),
                            ));
                        }
                        Some(i)
                    }
                };
                let api = match &s.api {
                    None => None,
                    Some(a) => {
                        let uses = params
                            .iter()
                            .position(|p| p.name == a.uses && p.hidden && p.ty == ValueType::Int)
                            .ok_or_else(|| {
                                at(
                                    self.file,
                                    self.text,
                                    sig,
                                    format!(
                                        "`api: {{uses: {}}}` must name a hidden int parameter",
                                        a.uses
                                    ),
                                    Some(format!(
                                        "add `{{name: {}, type: int, hidden: true}}` to params",
                                        a.uses
                                    )),
                                )
                            })?;
                        Some(crate::catalog::Api {
                            kind: a.kind,
                            uses,
                            max_calls: a.max_calls,
                        })
                    }
                };
                let codec = match &s.codec {
                    None => None,
                    Some(c) => {
                        let visible: Vec<&Param> = params.iter().filter(|p| !p.hidden).collect();
                        if visible.len() != 1 || visible[0].ty != s.returns.0 {
                            return Err(at(
                                self.file,
                                self.text,
                                sig,
                                "a codec takes one parameter and `returns` its type (decode(encode(x)) is x)".to_string(),
                                Some("e.g. params: [{name: root, type: TreeNode}], returns: TreeNode".to_string()),
                            ));
                        }
                        Some(crate::catalog::Codec {
                            class: c.class.clone(),
                            rust_decode: c
                                .rust_decode
                                .clone()
                                .unwrap_or_else(|| snake_case(&c.decode)),
                            decode: c.decode.clone(),
                        })
                    }
                };
                Ok(Interface::Function(Signature {
                    codec,
                    rust: s.rust.clone().unwrap_or_else(|| snake_case(&s.function)),
                    python_function: s
                        .python_function
                        .clone()
                        .unwrap_or_else(|| snake_case(&s.function)),
                    function: s.function.clone(),
                    params,
                    returns: s.returns.0.clone(),
                    answer,
                    returns_node_of: links,
                    api,
                    node_answer_index: s.node_answer
                        == Some(crate::catalog::spec::NodeAnswer::Index),
                }))
            }
            Kind::Design | Kind::Progressive => {
                if signature.is_some() {
                    return Err(misplaced("signature", kind));
                }
                let Some(d) = design else {
                    return Err(self.invalid(
                        "`kind: design` needs a `design` block".to_string(),
                        Some("add `design: {class: LRUCache, constructor: {params: [...]}, methods: [...]}`".to_string()),
                    ));
                };
                let spec = &d.value;
                let err = |m: String| at(self.file, self.text, d, m, None);
                if let Some(p) = spec
                    .methods
                    .iter()
                    .flat_map(|m| &m.params)
                    .chain(&spec.constructor.params)
                    .find(|p| p.hidden || p.cycle.is_some() || p.node_of.is_some())
                {
                    return Err(err(format!(
                        "parameter `{}`: `hidden`, `cycle` and `node_of` are for function problems",
                        p.name
                    )));
                }
                let constructor = params(&spec.constructor.params).map_err(err)?;
                let mut methods = Vec::new();
                let mut seen = HashSet::new();
                for m in &spec.methods {
                    if !seen.insert(m.name.clone()) || m.name == spec.class {
                        return Err(err(format!("method `{}` is declared twice", m.name)));
                    }
                    methods.push(Method {
                        name: m.name.clone(),
                        rust: m.rust.clone().unwrap_or_else(|| snake_case(&m.name)),
                        params: params(&m.params).map_err(err)?,
                        returns: m.returns.0.clone(),
                    });
                }
                Ok(Interface::Design(DesignSig {
                    class: spec.class.clone(),
                    constructor,
                    methods,
                }))
            }
        }
    }

    /// The comparison a `compare` entry names, checked against the problem's kind.
    fn comparison(
        &self,
        file: &str,
        text: &str,
        spec: Option<&Spanned<CompareSpec>>,
        kind: Kind,
    ) -> Result<Option<Comparison>, CatalogError> {
        let Some(spanned) = spec else { return Ok(None) };
        let invalid = |message: String, help: String| at(file, text, spanned, message, Some(help));
        let values = kind != Kind::Stdio;
        let cmp = match &spanned.value {
            CompareSpec::Lines if !values => Comparison::Lines,
            CompareSpec::Tokens if !values => Comparison::Tokens,
            CompareSpec::UnorderedLines if !values => Comparison::UnorderedLines,
            CompareSpec::AnyOrder if values => Comparison::AnyOrder,
            CompareSpec::AnyOrderNested if values => Comparison::AnyOrderNested,
            CompareSpec::Exact => Comparison::Exact,
            CompareSpec::TokensWith {
                ignore_case,
                exact_whitespace,
                tolerance,
            } if !values => Comparison::TokensWith {
                rules: crate::compare::TokenRules {
                    ignore_case: *ignore_case,
                    exact_whitespace: *exact_whitespace,
                },
                tolerance: *tolerance,
            },
            CompareSpec::Float { abs_tol, rel_tol } => Comparison::Float {
                abs_tol: *abs_tol,
                rel_tol: *rel_tol,
            },
            CompareSpec::Checker { program } => {
                let rel = format!("{}/{program}", self.slug);
                if !program.ends_with(".py") {
                    return Err(invalid(
                        format!("checker `{program}` is not a Python file"),
                        "checkers are Python programs ending in .py".to_string(),
                    ));
                }
                if let Err(why) = confined(self.catalog, self.slug, program) {
                    return Err(invalid(
                        format!("checker program: {why}"),
                        format!("create {}", display_path(self.catalog, &rel)),
                    ));
                }
                let source = if self.with_tests {
                    read_bytes(self.catalog, &rel)?
                } else {
                    Vec::new()
                };
                Comparison::Checker {
                    name: program.clone(),
                    source: std::sync::Arc::new(source),
                }
            }
            other => {
                let (modes, kind_text) = if values {
                    (
                        "exact, any-order, any-order-nested, float, checker",
                        "function and design",
                    )
                } else {
                    (
                        "lines, exact, tokens, float, unordered-lines, checker",
                        "stdio",
                    )
                };
                return Err(invalid(
                    format!(
                        "compare mode `{}` does not apply to {kind_text} problems",
                        compare_name(other)
                    ),
                    format!("use one of: {modes}"),
                ));
            }
        };
        Ok(Some(cmp))
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Stdio => "stdio",
        Kind::Function => "function",
        Kind::Design => "design",
        Kind::Progressive => "progressive",
    }
}

fn compare_name(c: &CompareSpec) -> &'static str {
    match c {
        CompareSpec::AnyOrder => "any-order",
        CompareSpec::AnyOrderNested => "any-order-nested",
        CompareSpec::Lines => "lines",
        CompareSpec::Exact => "exact",
        CompareSpec::Tokens => "tokens",
        CompareSpec::UnorderedLines => "unordered-lines",
        CompareSpec::Float { .. } => "float",
        CompareSpec::Checker { .. } => "checker",
        CompareSpec::TokensWith {
            tolerance: None, ..
        } => "tokens",
        CompareSpec::TokensWith {
            tolerance: Some(_), ..
        } => "float",
    }
}

/// Resolves `hidden`, `cycle`, `node_of` and `returns_node_of` to parameter indices, checking
/// each names a parameter of the right type; returns `returns_node_of`'s index.
fn link_params(
    specs: &[ParamSpec],
    params: &mut [Param],
    sig: &SignatureSpec,
) -> Result<Option<usize>, String> {
    let names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
    let index = |name: &str, key: &str| -> Result<usize, String> {
        names
            .iter()
            .position(|n| n == name)
            .ok_or_else(|| format!("`{key}: {name}` names no parameter"))
    };
    let is_node = |t: &ValueType| matches!(t, ValueType::ListNode | ValueType::TreeNode);
    for (i, spec) in specs.iter().enumerate() {
        if let Some(name) = &spec.cycle {
            let j = index(name, "cycle")?;
            if params[i].ty != ValueType::ListNode
                || !params[j].hidden
                || params[j].ty != ValueType::Int
            {
                return Err(format!(
                    "`cycle: {name}` on `{}` needs a ListNode parameter and a hidden int `{name}`",
                    spec.name
                ));
            }
            params[i].cycle = Some(j);
        }
        if let Some(name) = &spec.node_of {
            let j = index(name, "node_of")?;
            if !is_node(&params[i].ty) || params[i].ty != params[j].ty || i == j {
                return Err(format!(
                    "`node_of: {name}` on `{}` needs both to be the same node type (ListNode or TreeNode)",
                    spec.name
                ));
            }
            params[i].node_of = Some(j);
        }
    }
    let Some(name) = &sig.returns_node_of else {
        if sig.node_answer.is_some() {
            return Err("`node_answer` needs `returns_node_of`".to_string());
        }
        return Ok(None);
    };
    let j = index(name, "returns_node_of")?;
    if !is_node(&sig.returns.0) || sig.returns.0 != params[j].ty {
        return Err(format!(
            "`returns_node_of: {name}` needs `returns` to be `{name}`'s node type"
        ));
    }
    Ok(Some(j))
}

/// The most hints a problem may have; each is a short paragraph.
const MAX_HINTS: usize = 6;
const MAX_HINT: usize = 1_000;
const MAX_EXPLANATION: usize = 8_000;

/// `hints:` and `explanation:`, bounded: they are printed whole to a terminal.
fn teaching(
    file: &str,
    text: &str,
    hints: Option<Spanned<Vec<String>>>,
    explanation: Option<Spanned<String>>,
) -> Result<crate::catalog::Teaching, CatalogError> {
    let mut out = crate::catalog::Teaching::default();
    if let Some(h) = hints {
        let bad = h.value.len() > MAX_HINTS
            || h.value.iter().any(|x| {
                x.trim().is_empty()
                    || x.chars().count() > MAX_HINT
                    || x.chars().any(|c| c.is_control() && c != '\n')
            });
        if bad {
            return Err(at(
                file,
                text,
                &h,
                format!(
                    "`hints` must be at most {MAX_HINTS} non-empty texts of at most {MAX_HINT} characters each"
                ),
                None,
            ));
        }
        out.hints = h.value;
    }
    if let Some(e) = explanation {
        if e.value.trim().is_empty()
            || e.value.chars().count() > MAX_EXPLANATION
            || e.value.chars().any(|c| c.is_control() && c != '\n')
        {
            return Err(at(
                file,
                text,
                &e,
                format!("`explanation` must be a non-empty text of at most {MAX_EXPLANATION} characters"),
                None,
            ));
        }
        out.explanation = Some(e.value);
    }
    Ok(out)
}

/// Tests a user keeps beside a solution (`judge stress --save` writes them): a YAML file of
/// `tests: [...]` in the problem's own test syntax, literal data only (no `generate`, no
/// per-test `compare` or `limits`), each checked against the problem's interface.
pub(crate) fn extra_tests(
    problem: &Problem,
    file: &str,
    text: &str,
) -> Result<Vec<TestCase>, CatalogError> {
    fn read<T: TestSpecKind>(
        problem: &Problem,
        file: &str,
        text: &str,
    ) -> Result<Vec<TestCase>, CatalogError> {
        let parsed: TestFileSpec<T> = parse(file, text)?;
        let mut out: Vec<TestCase> = Vec::new();
        for t in parsed.tests {
            let span = t.name().clone();
            let name = span.value.trim().to_string();
            let fail = |m: String| at(file, text, &span, format!("test `{name}`: {m}"), None);
            if t.generate().is_some() || t.compare().is_some() || t.limits().is_some() {
                return Err(fail(
                    "a saved test has only `name`, `input` and `output`".to_string(),
                ));
            }
            if name.is_empty() || out.iter().any(|o| o.name == name) {
                return Err(fail("names must be unique and not empty".to_string()));
            }
            out.push(t.into_case(&problem.interface, None).map_err(fail)?);
        }
        Ok(out)
    }
    match problem.summary.kind {
        Kind::Stdio => read::<StdioTestSpec>(problem, file, text),
        Kind::Function => read::<FunctionTestSpec>(problem, file, text),
        Kind::Design | Kind::Progressive => read::<DesignTestSpec>(problem, file, text),
    }
}
