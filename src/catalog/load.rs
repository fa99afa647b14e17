//! Reading problems: files from the built-in catalog or a folder, strict YAML parsing with
//! located errors, and the checks serde cannot express (one statement, unique test names, files
//! that exist).

use std::collections::HashSet;
use std::path::PathBuf;

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use super::error::suggestion_for_serde_message;
use super::spec::{
    self, CompareSpec, DesignSpec, DesignTestSpec, FunctionTestSpec, GenerateSpec, LimitOverride,
    ParamSpec, ProblemSpec, SignatureSpec, StdioTestSpec, TestFileSpec,
};
use super::types::snake_case;
use super::{
    did_you_mean, Catalog, CatalogError, DesignSig, Generate, Interface, Kind, Limits,
    LimitsOverride, Method, Param, Problem, ProblemLimits, ProblemSummary, Signature, TestCase,
    TestValues, ValueType, BUILTIN,
};
use crate::compare::Comparison;

const PROBLEM_FILE: &str = "problem.yaml";

pub(super) fn slugs(catalog: &Catalog) -> Result<Vec<String>, CatalogError> {
    let mut slugs = listed(catalog)?;
    if slugs.is_empty() {
        return Err(CatalogError::Empty {
            dir: catalog.describe(),
        });
    }
    slugs.sort();
    slugs.dedup();
    Ok(slugs)
}

/// The problem folders of a catalog, in no particular order; a layer may be empty.
fn listed(catalog: &Catalog) -> Result<Vec<String>, CatalogError> {
    Ok(match catalog {
        Catalog::Builtin => BUILTIN
            .dirs()
            .filter(|d| {
                d.files()
                    .any(|f| f.path().file_name() == Some(PROBLEM_FILE.as_ref()))
            })
            .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string))
            .collect(),
        Catalog::Dir(dir) => {
            let entries = std::fs::read_dir(dir).map_err(|source| CatalogError::Read {
                file: dir.display().to_string(),
                source,
            })?;
            entries
                .flatten()
                .filter(|e| e.path().join(PROBLEM_FILE).is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        }
        Catalog::Layered(layers) => {
            let mut all = Vec::new();
            for layer in layers {
                all.extend(listed(layer)?);
            }
            all
        }
    })
}

/// The layer a problem is read from: the first that has it (the last one if none does, so
/// that errors name a real place).
pub(super) fn owner<'a>(catalog: &'a Catalog, slug: &str) -> &'a Catalog {
    match catalog {
        Catalog::Layered(layers) => layers
            .iter()
            .map(|l| owner(l, slug))
            .find(|l| exists(l, &format!("{slug}/{PROBLEM_FILE}")))
            .or_else(|| layers.last().map(|l| owner(l, slug)))
            .unwrap_or(catalog),
        _ => catalog,
    }
}

/// The layer that owns a catalog-relative path `slug/...`.
fn owner_of_path<'a>(catalog: &'a Catalog, rel: &str) -> &'a Catalog {
    owner(catalog, rel.split('/').next().unwrap_or(rel))
}

/// The path of a catalog file as shown in messages.
pub(super) fn display_path(catalog: &Catalog, rel: &str) -> String {
    match catalog {
        Catalog::Builtin => format!("<built-in>/{rel}"),
        Catalog::Dir(dir) => dir.join(rel).display().to_string(),
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => format!("<no catalog>/{rel}"),
            layer => display_path(layer, rel),
        },
    }
}

fn read_bytes(catalog: &Catalog, rel: &str) -> Result<Vec<u8>, CatalogError> {
    let not_found = || CatalogError::Read {
        file: display_path(catalog, rel),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "file not found"),
    };
    match catalog {
        Catalog::Builtin => super::index::builtin_file(rel)
            .map(|f| f.contents().to_vec())
            .ok_or_else(not_found),
        Catalog::Dir(dir) => {
            let path: PathBuf = dir.join(rel);
            std::fs::read(&path).map_err(|source| CatalogError::Read {
                file: path.display().to_string(),
                source,
            })
        }
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => Err(not_found()),
            layer => read_bytes(layer, rel),
        },
    }
}

pub(super) fn read_text(catalog: &Catalog, rel: &str) -> Result<String, CatalogError> {
    let bytes = read_bytes(catalog, rel)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let column =
            (valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1)) as u64 + 1;
        CatalogError::Located {
            file: display_path(catalog, rel),
            line,
            column,
            message: "the file is not valid UTF-8".to_string(),
            source_line: None,
            help: Some("save the file as UTF-8".to_string()),
        }
    })
}

pub(crate) fn located(
    file: &str,
    text: &str,
    line: u64,
    column: u64,
    message: String,
    help: Option<String>,
) -> CatalogError {
    let source_line = (line > 0)
        .then(|| text.lines().nth(line as usize - 1))
        .flatten()
        .map(|l| l.to_string());
    CatalogError::Located {
        file: file.to_string(),
        line,
        column,
        message,
        source_line,
        help,
    }
}

fn at<T>(
    file: &str,
    text: &str,
    span: &Spanned<T>,
    message: String,
    help: Option<String>,
) -> CatalogError {
    let loc = span.referenced;
    located(file, text, loc.line(), loc.column(), message, help)
}

/// Parser limits: test files legitimately hold hundreds of thousands of values, far above the
/// crate's defaults for configuration files; alias expansion ("billion laughs") stays capped.
fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 50_000_000;
    budget.max_nodes = 25_000_000;
    budget.max_total_scalar_bytes = 512 << 20;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options
}

/// Parses YAML into `T`, turning any error into a located [`CatalogError`].
pub(crate) fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, CatalogError> {
    if text.trim().is_empty() {
        return Err(CatalogError::Invalid {
            file: file.to_string(),
            message: "the file is empty".to_string(),
            help: Some("see docs/problem-format.md for what a problem file holds".to_string()),
        });
    }
    serde_saphyr::from_str_with_options::<T>(text, yaml_options()).map_err(|e| {
        let full = e.to_string();
        let first = full.lines().next().unwrap_or("").trim();
        let first = first.strip_prefix("error: ").unwrap_or(first);
        // The message starts with "line L column C: " when the crate knows the place.
        let message = match first.split_once(": ") {
            Some((place, rest)) if place.starts_with("line ") => rest.to_string(),
            _ => first.to_string(),
        };
        // The crate's advice names its own API, which means nothing to a problem author.
        let message = message
            .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
            .replace(
                "budget breached",
                "the file is too large or too deeply nested",
            );
        let help = suggestion_for_serde_message(&message);
        match e.location() {
            Some(loc) => located(file, text, loc.line(), loc.column(), message, help),
            None => CatalogError::Invalid {
                file: file.to_string(),
                message,
                help,
            },
        }
    })
}

fn limits_override(o: &Option<LimitOverride>) -> LimitsOverride {
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
        _ => None,
    };
    if let Some((block, example)) = needs {
        return Err(ctx.invalid(
            format!("`kind: {}` needs a `{block}` block", kind_name(probe.kind)),
            Some(format!("add `{example}` (docs/function-problems.md)")),
        ));
    }
    match probe.kind {
        Kind::Stdio => ctx.load_kind::<StdioTestSpec>(),
        Kind::Function => ctx.load_kind::<FunctionTestSpec>(),
        Kind::Design => ctx.load_kind::<DesignTestSpec>(),
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
trait TestSpecKind: DeserializeOwned {
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
        for tag in &spec.tags {
            if !valid_slug(tag) {
                return Err(self.invalid(
                    format!("tag `{tag}` is not valid"),
                    Some("tags are lowercase words with dashes, like `prefix-sums`".to_string()),
                ));
            }
        }
        let statement = self.statement(&spec.statement, &spec.statement_file)?;
        let interface = self.interface(spec.kind, &spec.signature, &spec.design)?;

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
        };
        let compare = self
            .comparison(file, text, spec.compare.as_ref(), spec.kind)?
            .unwrap_or(match spec.kind {
                Kind::Stdio => Comparison::Lines,
                Kind::Function | Kind::Design => Comparison::Exact,
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
                    let rel = format!("{slug}/{}", g.program);
                    if !exists(catalog, &rel) {
                        return Err(fail(format!("generator `{}` not found", g.program)));
                    }
                    let source = if self.with_tests {
                        read_bytes(catalog, &rel)?
                    } else {
                        Vec::new()
                    };
                    TestCase {
                        name: name.clone(),
                        sample: false,
                        input: String::new(),
                        output: String::new(),
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
        for t in spec.tests {
            add(&mut tests, t, file, text)?;
        }
        for tf in &spec.test_files {
            let rel = format!("{slug}/{}", tf.value);
            if !exists(catalog, &rel) {
                return Err(at(
                    file,
                    text,
                    tf,
                    format!("test file `{}` not found", tf.value),
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
        if tests.is_empty() && spec.test_files.is_empty() {
            return Err(self.invalid(
                "the test list is empty: the problem has no tests".to_string(),
                Some("add at least one test under `tests:`".to_string()),
            ));
        }

        let program = |what: &str, r: &Option<Spanned<String>>| -> Result<_, CatalogError> {
            let Some(r) = r else { return Ok(None) };
            let rel = format!("{slug}/{}", r.value);
            if !exists(catalog, &rel) {
                return Err(at(
                    file,
                    text,
                    r,
                    format!("{what} `{}` not found", r.value),
                    None,
                ));
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
        Ok(Problem {
            summary,
            interface,
            statement,
            limits,
            compare,
            tests,
            reference,
            validator,
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
                if !exists(self.catalog, &rel) {
                    return Err(at(
                        self.file,
                        self.text,
                        f,
                        format!("statement file `{}` not found", f.value),
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
            Kind::Design => {
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
                if !exists(self.catalog, &rel) {
                    return Err(invalid(
                        format!("checker program `{program}` not found"),
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

/// The accessors every test schema shares: its fields have the same names in all three.
macro_rules! common_test_accessors {
    () => {
        fn name(&self) -> &Spanned<String> {
            &self.name
        }
        fn compare(&self) -> Option<&Spanned<CompareSpec>> {
            self.compare.as_ref()
        }
        fn generate(&self) -> Option<&GenerateSpec> {
            self.generate.as_ref()
        }
        fn limits(&self) -> &Option<LimitOverride> {
            &self.limits
        }
        fn sample(&self) -> bool {
            self.sample
        }
    };
}

impl TestSpecKind for StdioTestSpec {
    common_test_accessors!();
    fn has_data(&self) -> bool {
        self.input.is_some() || self.output.is_some()
    }
    fn into_case(self, _: &Interface, compare: Option<Comparison>) -> Result<TestCase, String> {
        let (Some(input), Some(output)) = (self.input, self.output) else {
            return Err("needs `input` and `output` (or `generate`)".to_string());
        };
        Ok(TestCase {
            name: self.name.value.trim().to_string(),
            sample: self.sample,
            input,
            output,
            values: None,
            limits: limits_override(&self.limits),
            compare,
            generate: None,
        })
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

/// Checks a function test's arguments (by parameter name) and expected return against the
/// signature; returns the arguments in parameter order and a readable rendering of them.
pub(crate) fn function_args(
    sig: &Signature,
    mut input: serde_json::Map<String, serde_json::Value>,
    output: Option<&serde_json::Value>,
) -> Result<(Vec<serde_json::Value>, String), String> {
    let mut args = Vec::new();
    let mut shown = Vec::new();
    for p in &sig.params {
        let v = input
            .remove(&p.name)
            .ok_or_else(|| format!("`input` has no value for parameter `{}`", p.name))?;
        p.input_type()
            .check(&v)
            .map_err(|e| format!("`{}`: {e}", p.name))?;
        shown.push(format!(
            "{} = {}",
            p.name,
            serde_json::to_string(&v).unwrap_or_default()
        ));
        args.push(v);
    }
    if let Some(extra) = input.keys().next() {
        let names: Vec<&str> = sig.params.iter().map(|p| p.name.as_str()).collect();
        let hint = did_you_mean(extra, names.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_else(|| format!("; parameters are: {}", names.join(", ")));
        return Err(format!(
            "`input` has `{extra}`, which is not a parameter{hint}"
        ));
    }
    if let Some(out) = output {
        sig.answer_type()
            .check(out)
            .map_err(|e| format!("`output`: {e}"))?;
    }
    Ok((args, shown.join("\n")))
}

/// Checks a design test's calls, arguments and (if given) expected returns against the class;
/// returns a readable rendering of the calls.
pub(crate) fn design_calls(
    d: &DesignSig,
    calls: &[String],
    args: &[Vec<serde_json::Value>],
    output: Option<&[serde_json::Value]>,
) -> Result<String, String> {
    let n = calls.len();
    if n == 0 {
        return Err("`calls` is empty: the first call is the constructor".to_string());
    }
    if args.len() != n || output.is_some_and(|o| o.len() != n) {
        return Err(format!(
            "`calls`, `args` and `output` must have the same length ({n}, {}, {})",
            args.len(),
            output.map_or(n, |o| o.len())
        ));
    }
    if calls[0] != d.class {
        return Err(format!(
            "the first call must be the constructor `{}`, not `{}`",
            d.class, calls[0]
        ));
    }
    let mut shown = Vec::new();
    for (i, (call, call_args)) in calls.iter().zip(args).enumerate() {
        let (params, returns) = if i == 0 {
            (&d.constructor, &ValueType::Void)
        } else {
            match d.method(call) {
                Some(m) => (&m.params, &m.returns),
                None => {
                    let names = d.methods.iter().map(|m| m.name.as_str());
                    let hint = did_you_mean(call, names)
                        .map(|s| format!("; did you mean `{s}`?"))
                        .unwrap_or_default();
                    return Err(format!(
                        "call {i}: `{call}` is not a method of `{}`{hint}",
                        d.class
                    ));
                }
            }
        };
        if call_args.len() != params.len() {
            return Err(format!(
                "call {i}: `{call}` takes {} argument(s), the test gives {}",
                params.len(),
                call_args.len()
            ));
        }
        for (p, v) in params.iter().zip(call_args) {
            p.ty.check(v)
                .map_err(|e| format!("call {i} `{call}`, `{}`: {e}", p.name))?;
        }
        if let Some(out) = output {
            returns
                .check(&out[i])
                .map_err(|e| format!("call {i} `{call}`: expected output {e}"))?;
        }
        let rendered: Vec<String> = call_args
            .iter()
            .map(|a| serde_json::to_string(a).unwrap_or_default())
            .collect();
        shown.push(format!("{call}({})", rendered.join(", ")));
    }
    Ok(shown.join("\n"))
}

impl TestSpecKind for FunctionTestSpec {
    common_test_accessors!();
    fn has_data(&self) -> bool {
        self.input.is_some() || self.output.is_some()
    }
    fn into_case(self, iface: &Interface, compare: Option<Comparison>) -> Result<TestCase, String> {
        let Interface::Function(sig) = iface else {
            unreachable!("function tests belong to function problems")
        };
        let (Some(input), Some(output)) = (self.input, self.output) else {
            return Err("needs `input` and `output` (or `generate`)".to_string());
        };
        let checked = !matches!(compare, Some(Comparison::Checker { .. }));
        let (args, shown) = function_args(sig, input, checked.then_some(&output))?;
        Ok(TestCase {
            name: self.name.value.trim().to_string(),
            sample: self.sample,
            input: shown,
            output: serde_json::to_string(&output).unwrap_or_default(),
            values: Some(TestValues::Function {
                args,
                expected: output,
            }),
            limits: limits_override(&self.limits),
            compare,
            generate: None,
        })
    }
}

impl TestSpecKind for DesignTestSpec {
    common_test_accessors!();
    fn has_data(&self) -> bool {
        self.calls.is_some() || self.args.is_some() || self.output.is_some()
    }
    fn into_case(self, iface: &Interface, compare: Option<Comparison>) -> Result<TestCase, String> {
        let Interface::Design(d) = iface else {
            unreachable!("design tests belong to design problems")
        };
        let (Some(calls), Some(args), Some(output)) = (self.calls, self.args, self.output) else {
            return Err("needs `calls`, `args` and `output` (or `generate`)".to_string());
        };
        let checked = !matches!(compare, Some(Comparison::Checker { .. }));
        let shown = design_calls(d, &calls, &args, checked.then_some(&output[..]))?;
        Ok(TestCase {
            name: self.name.value.trim().to_string(),
            sample: self.sample,
            input: shown,
            output: serde_json::to_string(&output).unwrap_or_default(),
            values: Some(TestValues::Design {
                calls,
                args,
                expected: output,
            }),
            limits: limits_override(&self.limits),
            compare,
            generate: None,
        })
    }
}

pub(super) fn solution_files(
    catalog: &Catalog,
    slug: &str,
) -> Result<Vec<super::SolutionFile>, CatalogError> {
    let mut out = Vec::new();
    match owner(catalog, slug) {
        // Only a catalog with no layers at all: it has no solutions.
        Catalog::Layered(_) => {}
        Catalog::Builtin => {
            if let Some(dir) = super::index::builtin_dir(&format!("{slug}/solutions")) {
                for cat in dir.dirs() {
                    let category = cat
                        .path()
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or("")
                        .to_string();
                    for f in cat.files() {
                        let name = f
                            .path()
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or("")
                            .to_string();
                        out.push(super::SolutionFile {
                            category: category.clone(),
                            name,
                            contents: f.contents().to_vec(),
                        });
                    }
                }
            }
        }
        Catalog::Dir(root) => {
            let dir = root.join(slug).join("solutions");
            if let Ok(cats) = std::fs::read_dir(&dir) {
                for cat in cats.flatten().filter(|e| e.path().is_dir()) {
                    let category = cat.file_name().to_string_lossy().into_owned();
                    for f in std::fs::read_dir(cat.path())
                        .into_iter()
                        .flatten()
                        .flatten()
                    {
                        if !f.path().is_file() {
                            continue;
                        }
                        let contents =
                            std::fs::read(f.path()).map_err(|source| CatalogError::Read {
                                file: f.path().display().to_string(),
                                source,
                            })?;
                        out.push(super::SolutionFile {
                            category: category.clone(),
                            name: f.file_name().to_string_lossy().into_owned(),
                            contents,
                        });
                    }
                }
            }
        }
    }
    out.sort_by(|a, b| (&a.category, &a.name).cmp(&(&b.category, &b.name)));
    Ok(out)
}

fn exists(catalog: &Catalog, rel: &str) -> bool {
    match catalog {
        Catalog::Builtin => super::index::builtin_file(rel).is_some(),
        Catalog::Dir(dir) => dir.join(rel).is_file(),
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => false,
            layer => exists(layer, rel),
        },
    }
}
