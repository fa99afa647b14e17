//! `judge doctor`: the isolation level reached on this machine and the toolchains.

use std::io::Write;

use crate::app::{Format, Global};
use crate::exit::Failure;

/// `judge doctor`: the isolation level reached on this machine, each layer with why, the fix for
/// each missing one, and the toolchains.
pub fn doctor(global: &Global, format: Format) -> Result<(), Failure> {
    let launcher = std::env::current_exe()
        .map_err(|e| Failure::internal(format!("cannot find the judge's own executable: {e}")))?;
    let mut iso = sandbox::Sandbox::new(&launcher)
        .probe()
        .map_err(|e| Failure::internal(format!("the sandbox probe failed: {e}")))?;
    // The compile sandbox's limits are the judge's, not the sandbox's: say them on its line.
    if let Some(l) = iso.layers.iter_mut().find(|l| l.name == "compile-sandbox") {
        let limits = crate::lang::compile_limits();
        if let Ok(c) = &limits {
            l.detail.push_str(&format!(
                ". rustc: CPU {:?} (JUDGE_COMPILE_TIME), memory {} MiB, {} MiB of diagnostics, {} MiB per file, {} processes; the Python syntax check: CPU {:?}, no processes",
                c.cpu,
                c.memory_bytes.unwrap_or_default() >> 20,
                c.output_bytes >> 20,
                c.file_bytes.unwrap_or_default() >> 20,
                c.processes,
                crate::lang::SYNTAX_CHECK_TIME,
            ));
        }
    }
    let unprivileged = iso.apply.run_as.is_some();
    let python = crate::lang::Python::resolve(unprivileged);
    let rustc = crate::lang::Rustc::resolve();
    let fork_server = match &python {
        Ok(p) => crate::runner::python_fork_server(p, &launcher, &iso.apply),
        Err(e) => Err(e.to_string()),
    };
    let mut out = crate::app::stdout();
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
                        "fork_server": match &fork_server {
                            Ok(()) => serde_json::json!({"ok": true}),
                            Err(why) => serde_json::json!({"ok": false, "reason": why}),
                        },
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
                    match &fork_server {
                        Ok(()) => writeln!(out, "      python fork-server: yes")?,
                        Err(why) => writeln!(out, "      python fork-server: no ({why})")?,
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
    Ok(res?)
}
