//! The subcommands, on plain options resolved by the CLI: `run`, `list` and `show`.

use std::io::Write;
use std::path::PathBuf;

use crate::catalog::{Catalog, CatalogError, Problem, ProblemSummary};
use crate::exit::{self, Failure};
use crate::lang::LangError;
use crate::report::{Style, Terminal};
use crate::runner::{self, Event, EventSink, RunConfig, RunError};
use crate::verdict::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// Options every command shares.
#[derive(Debug, Clone)]
pub struct Global {
    pub catalog: Option<PathBuf>,
    pub color: bool,
}

impl Global {
    pub(crate) fn catalog(&self) -> Catalog {
        Catalog::from_option(self.catalog.clone())
    }
    pub(crate) fn style(&self) -> Style {
        Style { color: self.color }
    }
}

impl From<CatalogError> for Failure {
    fn from(e: CatalogError) -> Failure {
        Failure::Error {
            code: exit::USAGE,
            headline: e.to_string(),
            details: e.details(),
        }
    }
}

impl From<LangError> for Failure {
    fn from(e: LangError) -> Failure {
        let code = match e {
            LangError::Cache { .. } => exit::INTERNAL,
            _ => exit::USAGE,
        };
        Failure::Error {
            code,
            headline: e.to_string(),
            details: e.help().map(|h| format!("help: {h}")).unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub problem: String,
    pub file: PathBuf,
    pub format: Format,
    pub jobs: Option<usize>,
    pub fail_fast: bool,
    pub samples_only: bool,
    pub filter: Option<String>,
    /// `judge submit`: all tests, hidden ones as counts, and it counts in a mock session.
    pub submit: bool,
}

/// A sink that ignores events, for `--format json` where only the final report is printed.
struct Quiet;
impl EventSink for Quiet {
    fn on_event(&mut self, _: &Event) {}
}

pub fn run(global: &Global, opts: RunOptions) -> Result<(), Failure> {
    use crate::history::{command as hist, AttemptKind, History, Scope};
    use crate::mock::command::{self as mock, Context};

    // A submission's time is when it was made, not when its last test finished.
    let at_ms = now()?;
    let problem = global.catalog().problem(&opts.problem)?;
    if !opts.file.is_file() {
        return Err(Failure::usage(
            format!("solution file {} not found", opts.file.display()),
            "help: give the path of a .py or .rs file",
        ));
    }
    crate::lang::Language::from_path(&opts.file)?;
    let style = global.style();
    // A practice run still runs without a history; a submission needs it to count.
    let history = match History::open_default() {
        Ok(h) => Some(h),
        Err(e) if !opts.submit => {
            eprintln!("{} attempts are not recorded: {e}", style.error("warning:"));
            None
        }
        Err(e) => return Err(e.into()),
    };
    let context = match &history {
        Some(h) => mock::context(h, at_ms, &opts.problem, opts.submit)?,
        None => Context::Practice,
    };
    let source = std::fs::read(&opts.file).unwrap_or_default();
    let kind = if opts.submit {
        AttemptKind::Submit
    } else {
        AttemptKind::Run
    };
    if let Context::Late(session) = &context {
        return Err(refuse_late(history.as_ref(), session, &opts, source, at_ms));
    }
    let session = match &context {
        Context::InSession(s) => Some(s),
        _ => None,
    };
    let mut config = run_config(global, opts.jobs)?;
    config.fail_fast = opts.fail_fast;
    config.samples_only = opts.samples_only;
    config.filter = opts.filter.clone();
    if let (Some(s), false) = (session, opts.submit) {
        // During a mock, runs are free and show only what the assessment would: the samples.
        config.samples_only = true;
        config.filter = None;
        eprintln!(
            "{}",
            style.dim(&format!(
                "mock #{}: `judge run` runs the samples only and is free; `judge submit {} {}` runs all tests and counts",
                s.id,
                opts.problem,
                opts.file.display()
            ))
        );
    }
    let runtime = runtime(config.jobs)?;
    let mut problem = problem;
    runtime
        .block_on(crate::generate::materialize(&mut problem, &config, false))
        .map_err(|e| {
            Failure::internal(format!(
                "cannot generate the tests of {}: {e}",
                opts.problem
            ))
        })?;
    let name_width = name_width(&problem);
    let result = match opts.format {
        Format::Text => {
            let mut term = Terminal::new(std::io::stdout().lock(), style, name_width);
            if opts.submit {
                term = term.hidden_as_counts();
            }
            runtime.block_on(runner::run(&problem, &opts.file, &config, &mut term))
        }
        Format::Json => runtime.block_on(runner::run(&problem, &opts.file, &config, &mut Quiet)),
    };
    let report = match result {
        Ok(r) => r,
        Err(RunError::Lang(e)) => return Err(e.into()),
        Err(e @ RunError::NoTests { .. }) => {
            return Err(Failure::usage(
                e.to_string(),
                "help: `judge show` lists the sample tests",
            ))
        }
        Err(e) => return Err(Failure::internal(e.to_string())),
    };
    let scope = if config.samples_only {
        Scope::Samples
    } else if config.filter.is_some() {
        Scope::Filter
    } else {
        Scope::All
    };
    let attempt = hist::attempt_of(
        &report,
        at_ms,
        kind,
        scope,
        &opts.file,
        source,
        session.map(|s| s.id),
    );
    let attempt_id = hist::record_run(history.as_ref(), &attempt, style);
    if opts.format == Format::Json {
        let mut out = std::io::stdout().lock();
        let extras = crate::report::JsonExtras {
            attempt: attempt_id,
            session: session.map(|s| s.id),
            hidden_as_counts: opts.submit,
        };
        ignore_closed_pipe(crate::report::write_json_with(&mut out, &report, extras))?;
    }
    if let (Some(s), Some(h), true) = (session, &history, opts.submit) {
        if let Ok(board) = mock::board(h, s) {
            eprintln!(
                "{}",
                crate::mock::report::submission_line(
                    s,
                    &board,
                    &opts.problem,
                    report.verdict,
                    style
                )
            );
        }
    }
    match report.verdict {
        Verdict::AC => Ok(()),
        Verdict::IE => Err(Failure::Reported(exit::INTERNAL)),
        _ => Err(Failure::Reported(exit::NOT_ACCEPTED)),
    }
}

/// A submission after its session's time ran out: recorded as late, not judged.
fn refuse_late(
    history: Option<&crate::history::History>,
    session: &crate::mock::Session,
    opts: &RunOptions,
    source: Vec<u8>,
    at_ms: i64,
) -> Failure {
    let attempt = crate::history::NewAttempt {
        at_ms,
        kind: crate::history::AttemptKind::Submit,
        scope: crate::history::Scope::All,
        problem: opts.problem.clone(),
        language: crate::lang::Language::from_path(&opts.file)
            .map_or("?", |l| l.name())
            .to_string(),
        file: opts.file.display().to_string(),
        source,
        verdict: None,
        passed: 0,
        total: 0,
        max_cpu_ms: 0,
        max_memory_kib: 0,
        session_id: Some(session.id),
        late: true,
        report: None,
    };
    let recorded = match history.map(|h| h.record(&attempt)) {
        Some(Ok(id)) => format!("recorded as late (attempt #{id}) and not judged"),
        Some(Err(e)) => format!("not judged, and not recorded: {e}"),
        None => "not judged".to_string(),
    };
    Failure::Error {
        code: exit::NOT_ACCEPTED,
        headline: format!(
            "time is up: mock #{} ended at {} ({}); this submission is refused",
            session.id,
            crate::clock::local_minute(session.deadline_ms),
            crate::clock::ago(at_ms, session.deadline_ms)
        ),
        details: format!(
            "{recorded}\nhelp: `judge mock end` closes the session and shows its report; after that, `judge submit` is practice again"
        ),
    }
}

/// The time now, from the process's clock (`JUDGE_NOW` in tests).
pub(crate) fn now() -> Result<i64, Failure> {
    crate::clock::from_env()
        .map(|c| c.now_ms())
        .map_err(|e| Failure::usage(e, "help: unset JUDGE_NOW to use the system clock"))
}

/// The width of the test-name column: the longest name.
pub(crate) fn name_width(problem: &Problem) -> usize {
    problem
        .tests
        .iter()
        .map(|t| t.name.len())
        .max()
        .unwrap_or(8)
}

/// The run configuration every judging command starts from.
pub(crate) fn run_config(global: &Global, jobs: Option<usize>) -> Result<RunConfig, Failure> {
    let launcher = std::env::current_exe()
        .map_err(|e| Failure::internal(format!("cannot find the judge's own executable: {e}")))?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let cache_dir = crate::paths::cache_dir();
    let isolation = crate::isolation::detect(&launcher, &cache_dir)
        .map_err(|e| Failure::internal(format!("the sandbox probe failed: {e}")))?;
    Ok(RunConfig {
        jobs,
        fail_fast: false,
        samples_only: false,
        filter: None,
        color: global.color,
        cache_dir,
        launcher,
        isolation,
        keep_outputs: false,
        reveal_hidden: false,
    })
}

pub(crate) fn runtime(jobs: usize) -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(jobs.max(1) + 2)
        .enable_all()
        .build()
        .map_err(|e| Failure::internal(format!("cannot start the runtime: {e}")))
}

/// `judge validate`: checks problems and their solutions; exit 1 if any check fails.
pub fn validate(
    global: &Global,
    slugs: Vec<String>,
    format: Format,
    calibrate: bool,
) -> Result<(), Failure> {
    let catalog = global.catalog();
    let all = catalog.slugs()?;
    for s in &slugs {
        if !all.contains(s) {
            return Err(CatalogError::UnknownProblem {
                slug: s.clone(),
                suggestion: crate::catalog::did_you_mean(s, all.iter().map(String::as_str)),
            }
            .into());
        }
    }
    let slugs = if slugs.is_empty() { all } else { slugs };
    let config = run_config(global, None)?;
    let rt = runtime(config.jobs)?;
    let work = tempfile::Builder::new()
        .prefix("judge-validate-")
        .tempdir()
        .map_err(|e| Failure::internal(format!("cannot create a working directory: {e}")))?;
    if config.isolation.apply.run_as.is_some() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755));
    }
    let start = std::time::Instant::now();
    let style = global.style();
    let mut results = Vec::new();
    let mut out = std::io::stdout().lock();
    for slug in &slugs {
        let v = rt.block_on(crate::validate::validate(
            &catalog,
            slug,
            &config,
            calibrate,
            work.path(),
        ));
        if format == Format::Text {
            let mark = if v.ok {
                style.added("ok  ")
            } else {
                style.removed("FAIL")
            };
            let _ = writeln!(out, "{mark} {}", style.bold(slug));
            for c in &v.checks {
                if !c.ok || calibrate || c.check.contains('/') {
                    let m = if c.ok {
                        style.added("✓")
                    } else {
                        style.removed("✗")
                    };
                    let _ = writeln!(out, "     {m} {:<40} {}", c.check, style.dim(&c.detail));
                }
            }
        }
        results.push(v);
    }
    let failing = results.iter().filter(|v| !v.ok).count();
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "ok": failing == 0,
                "problems": results,
                "seconds": start.elapsed().as_secs_f64(),
            });
            let _ = serde_json::to_writer_pretty(&mut out, &doc);
            let _ = writeln!(out);
        }
        Format::Text => {
            let _ = writeln!(
                out,
                "validated {} problems: {} ok, {failing} failing ({:.1} s)",
                results.len(),
                results.len() - failing,
                start.elapsed().as_secs_f64()
            );
        }
    }
    if failing == 0 {
        Ok(())
    } else {
        Err(Failure::Reported(exit::NOT_ACCEPTED))
    }
}

#[derive(Debug, Clone)]
pub struct ListOptions {
    pub tag: Option<String>,
    pub difficulty: Option<String>,
    pub format: Format,
}

pub fn list(global: &Global, opts: ListOptions) -> Result<(), Failure> {
    let all = global.catalog().summaries()?;
    if let Some(tag) = &opts.tag {
        if !all.iter().any(|p| p.tags.contains(tag)) {
            let mut tags: Vec<&str> = all
                .iter()
                .flat_map(|p| p.tags.iter().map(String::as_str))
                .collect();
            tags.sort();
            tags.dedup();
            let hint = match crate::catalog::did_you_mean(tag, tags.iter().copied()) {
                Some(s) => format!("help: did you mean `{s}`?"),
                None => format!("help: tags in the catalog: {}", tags.join(", ")),
            };
            return Err(Failure::usage(
                format!("no problem has the tag `{tag}`"),
                hint,
            ));
        }
    }
    let shown: Vec<&ProblemSummary> = all
        .iter()
        .filter(|p| opts.tag.as_ref().is_none_or(|t| p.tags.contains(t)))
        .filter(|p| {
            opts.difficulty
                .as_ref()
                .is_none_or(|d| p.difficulty.as_str() == d)
        })
        .collect();
    let mut out = std::io::stdout().lock();
    let res = match opts.format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &shown)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => {
            let style = global.style();
            let w = shown.iter().map(|p| p.slug.len()).max().unwrap_or(4);
            let tw = shown.iter().map(|p| p.title.len()).max().unwrap_or(5);
            let mut r = Ok(());
            for p in &shown {
                r = r.and_then(|()| {
                    writeln!(
                        out,
                        "{}  {:<tw$}  {:<6}  {}",
                        style.bold(&format!("{:<w$}", p.slug)),
                        p.title,
                        p.difficulty.as_str(),
                        style.dim(&p.tags.join(", "))
                    )
                });
            }
            r.and_then(|()| writeln!(out, "{}", style.dim(&format!("{} problems", shown.len()))))
        }
    };
    ignore_closed_pipe(res)
}

pub fn new(
    global: &Global,
    slug: &str,
    lang: &str,
    output: Option<PathBuf>,
    force: bool,
) -> Result<(), Failure> {
    let problem = global.catalog().problem(slug)?;
    let language = match lang {
        "rs" => crate::lang::Language::Rust,
        _ => crate::lang::Language::Python,
    };
    let path = output.unwrap_or_else(|| PathBuf::from(format!("{slug}.{lang}")));
    let lang_of_path = crate::lang::Language::from_path(&path)?;
    if lang_of_path != language {
        return Err(Failure::usage(
            format!("{} is not a .{lang} file", path.display()),
            format!("help: name the file with the .{lang} extension, or pass --lang to match it"),
        ));
    }
    if path.exists() && !force {
        return Err(Failure::usage(
            format!("{} already exists", path.display()),
            "help: pass --force to overwrite it, or -o to write elsewhere",
        ));
    }
    if language == crate::lang::Language::Rust {
        if let Some(why) = crate::lang::rust_unsupported(&problem.interface) {
            return Err(Failure::usage(
                format!("{slug} has no Rust version: {why}"),
                "help: LeetCode has none either; use --lang py",
            ));
        }
    }
    let shown = path.display().to_string();
    let text = crate::starter::starter(&problem, language, &shown);
    std::fs::write(&path, text)
        .map_err(|e| Failure::usage(format!("cannot write {shown}: {e}"), ""))?;
    let style = global.style();
    println!(
        "wrote {} · next: {}",
        style.bold(&shown),
        style.bold(&format!("judge run {slug} {shown}"))
    );
    Ok(())
}

/// `judge doctor`: the isolation level reached on this machine, each layer with why, the fix for
/// each missing one, and the toolchains.
pub fn doctor(global: &Global, format: Format) -> Result<(), Failure> {
    let launcher = std::env::current_exe()
        .map_err(|e| Failure::internal(format!("cannot find the judge's own executable: {e}")))?;
    let iso = sandbox::Sandbox::new(&launcher)
        .probe()
        .map_err(|e| Failure::internal(format!("the sandbox probe failed: {e}")))?;
    let unprivileged = iso.apply.run_as.is_some();
    let python = crate::lang::Python::resolve(unprivileged);
    let rustc = crate::lang::Rustc::resolve();
    let mut out = std::io::stdout().lock();
    let res = match format {
        Format::Json => {
            let v = serde_json::json!({
                "level": iso.level,
                "layers": iso.layers,
                "landlock_abi": iso.landlock_abi,
                "run_as_uid": iso.run_as_uid,
                "python": match &python {
                    Ok(p) => serde_json::json!({
                        "ok": true,
                        "executable": p.executable,
                        "version": p.version,
                        "note": p.note,
                        "minimum": format!("3.{}", crate::lang::PYTHON_MIN_MINOR),
                        "packages": crate::lang::PYTHON_OPTIONAL_PACKAGES
                            .iter()
                            .map(|m| (m.to_string(), serde_json::Value::Bool(p.packages.iter().any(|x| x == m))))
                            .collect::<serde_json::Map<_, _>>(),
                    }),
                    Err(e) => serde_json::json!({"ok": false, "error": e.to_string(), "help": e.help()}),
                },
                "rustc": match &rustc {
                    Ok(r) => serde_json::json!({"ok": true, "path": r.path, "version": r.version.lines().next()}),
                    Err(e) => serde_json::json!({"ok": false, "error": e.to_string(), "help": e.help()}),
                },
                "cache_dir": crate::paths::cache_dir(),
                "history": crate::history::default_path(),
            });
            serde_json::to_writer_pretty(&mut out, &v)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Text => {
            let s = global.style();
            let mut r = writeln!(out, "{} {}", s.bold("isolation:"), s.bold(&iso.level));
            for l in &iso.layers {
                let mark = if l.on {
                    s.added("on ")
                } else {
                    s.removed("off")
                };
                r = r.and_then(|()| writeln!(out, "  {mark} {:<18} {}", l.name, l.detail));
                if let Some(fix) = &l.fix {
                    r = r.and_then(|()| writeln!(out, "      {} {fix}", s.help("fix:")));
                }
            }
            r = r.and_then(|()| writeln!(out, "{}", s.bold("toolchains:")));
            r = r.and_then(|()| match &python {
                Ok(p) => {
                    writeln!(
                        out,
                        "  {} python3 {} ({})",
                        s.added("ok "),
                        p.version,
                        p.executable.display()
                    )?;
                    if let Some(n) = &p.note {
                        writeln!(out, "      {n}")?;
                    }
                    writeln!(
                        out,
                        "      Python 3.{} or newer is needed; LeetCode's optional packages:",
                        crate::lang::PYTHON_MIN_MINOR
                    )?;
                    for m in crate::lang::PYTHON_OPTIONAL_PACKAGES {
                        if p.packages.iter().any(|x| x == m) {
                            writeln!(out, "      {} {m}", s.added("ok "))?;
                        } else {
                            writeln!(
                                out,
                                "      {} {m}: {} {} -m pip install {m} (Debian/Ubuntu system Python: apt install python3-{m})",
                                s.removed("off"),
                                s.help("add it with"),
                                p.executable.display()
                            )?;
                        }
                    }
                    Ok(())
                }
                Err(e) => writeln!(
                    out,
                    "  {} {e}: {}",
                    s.removed("off"),
                    e.help().unwrap_or_default()
                ),
            });
            r = r.and_then(|()| match &rustc {
                Ok(rc) => writeln!(
                    out,
                    "  {} {} ({})",
                    s.added("ok "),
                    rc.version.lines().next().unwrap_or("rustc"),
                    rc.path.display()
                ),
                Err(e) => writeln!(
                    out,
                    "  {} {e}: {}",
                    s.removed("off"),
                    e.help().unwrap_or_default()
                ),
            });
            r.and_then(|()| {
                writeln!(
                    out,
                    "{} {}",
                    s.bold("cache:"),
                    crate::paths::cache_dir().display()
                )
            })
            .and_then(|()| {
                writeln!(
                    out,
                    "{} {}",
                    s.bold("history:"),
                    crate::history::default_path().display()
                )
            })
        }
    };
    ignore_closed_pipe(res)
}

pub fn show(global: &Global, slug: &str, format: Format) -> Result<(), Failure> {
    let problem = global.catalog().problem(slug)?;
    let mut out = std::io::stdout().lock();
    let res = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &show_json(&problem))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => write_show(&mut out, &problem, global.style()),
    };
    ignore_closed_pipe(res)
}

fn show_json(p: &Problem) -> serde_json::Value {
    let samples: Vec<_> = p
        .tests
        .iter()
        .filter(|t| t.sample)
        .map(|t| serde_json::json!({"name": t.name, "input": t.input, "output": t.output}))
        .collect();
    serde_json::json!({
        "slug": p.summary.slug,
        "title": p.summary.title,
        "difficulty": p.summary.difficulty,
        "tags": p.summary.tags,
        "kind": p.summary.kind,
        "statement": p.statement,
        "limits": {
            "time_ms": p.limits.base.time.as_millis() as u64,
            "memory_bytes": p.limits.base.memory_bytes,
            "output_bytes": p.limits.base.output_bytes,
        },
        "compare": p.compare.name(),
        "tests": p.tests.len(),
        "samples": samples,
    })
}

fn write_show(out: &mut dyn Write, p: &Problem, style: Style) -> std::io::Result<()> {
    let s = &p.summary;
    writeln!(out, "{}", style.bold(&format!("{} ({})", s.title, s.slug)))?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} · {} · time {} (CPU) · memory {} MiB · {} tests, {} samples",
            s.difficulty.as_str(),
            if s.tags.is_empty() {
                "no tags".to_string()
            } else {
                s.tags.join(", ")
            },
            crate::report::fmt_secs(p.limits.base.time),
            p.limits.base.memory_bytes >> 20,
            p.tests.len(),
            p.tests.iter().filter(|t| t.sample).count(),
        ))
    )?;
    writeln!(out)?;
    for line in p.statement.trim_end().lines() {
        // Markdown headings and code fences are readable as they are; make headings stand out.
        if line.starts_with('#') {
            writeln!(out, "{}", style.bold(line))?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    for t in p.tests.iter().filter(|t| t.sample) {
        writeln!(out)?;
        writeln!(out, "{}", style.bold(&format!("Sample {}", t.name)))?;
        writeln!(out, "{}", style.dim("input:"))?;
        for l in t.input.lines() {
            writeln!(out, "  {l}")?;
        }
        writeln!(out, "{}", style.dim("output:"))?;
        for l in t.output.lines() {
            writeln!(out, "  {l}")?;
        }
    }
    Ok(())
}

/// One pretty-printed JSON document and a newline: what every `--format json` prints.
pub(crate) fn write_json_doc<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// `judge list | head` closes stdout early; that is not an error.
pub(crate) fn ignore_closed_pipe(res: std::io::Result<()>) -> Result<(), Failure> {
    match res {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::internal(format!("cannot write to stdout: {e}")))
        }
        _ => Ok(()),
    }
}
