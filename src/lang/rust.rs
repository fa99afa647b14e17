//! Rust: compiling a solution once with `rustc -O --edition 2021`, cached under the cache
//! directory by a hash of the source, the compiler's version and the flags.

use std::path::{Path, PathBuf};
use std::time::Instant;

use sha2::{Digest, Sha256};

use super::{CompileInfo, Executable, LangError, PrepareOptions, Prepared};
use crate::catalog::Interface;
use crate::harness::rust as harness;

/// Flags that decide the binary; they are part of the cache key.
const FLAGS: &[&str] = &["-O", "--edition", "2021"];

/// A resolved `rustc` with its version text.
#[derive(Debug, Clone)]
pub struct Rustc {
    pub path: PathBuf,
    /// The output of `rustc -vV`, part of the cache key.
    pub version: String,
}

impl Rustc {
    /// Finds `JUDGE_RUSTC` or `rustc` on `PATH` and asks it for its version, once per run.
    pub fn resolve() -> Result<Rustc, LangError> {
        let path = match std::env::var_os("JUDGE_RUSTC").filter(|v| !v.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => crate::paths::which("rustc").ok_or_else(|| LangError::ToolMissing {
                tool: "rustc".to_string(),
                help: "install Rust with rustup (https://rustup.rs), or set JUDGE_RUSTC"
                    .to_string(),
            })?,
        };
        let out = std::process::Command::new(&path)
            .arg("-vV")
            .output()
            .map_err(|e| LangError::ToolBroken {
                tool: path.display().to_string(),
                message: e.to_string(),
            })?;
        if !out.status.success() {
            return Err(LangError::ToolBroken {
                tool: path.display().to_string(),
                message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            });
        }
        Ok(Rustc {
            path,
            version: String::from_utf8_lossy(&out.stdout).into_owned(),
        })
    }

    /// Like [`Rustc::resolve`], but the version text is read from the cache directory when
    /// nothing that decides it has changed: asking `rustc -vV` through rustup's proxy costs
    /// about 20 ms, most of what a cached Rust run adds to running the binary. The fingerprint
    /// covers the compiler file, rustup's settings and toolchains (a `rustup default` or
    /// `rustup update` changes them), the variables that choose a toolchain, and the
    /// `rust-toolchain` files from the current directory up.
    pub fn resolve_cached(cache_dir: &Path) -> Result<Rustc, LangError> {
        let path = match std::env::var_os("JUDGE_RUSTC").filter(|v| !v.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => match crate::paths::which("rustc") {
                Some(p) => p,
                None => return Rustc::resolve(),
            },
        };
        let Some(print) = fingerprint(&path) else {
            return Rustc::resolve();
        };
        let file = cache_dir.join("rust").join(format!("rustc-vV-{print}"));
        if let Ok(version) = std::fs::read_to_string(&file) {
            if version.starts_with("rustc ") {
                return Ok(Rustc { path, version });
            }
        }
        let rustc = Rustc::resolve()?;
        if rustc.path == path {
            // Best effort: written whole under a temporary name, then renamed into place.
            let _ = std::fs::create_dir_all(file.parent().expect("has a parent"));
            let tmp = file.with_extension(format!("tmp{}", std::process::id()));
            if std::fs::write(&tmp, &rustc.version).is_ok() && std::fs::rename(&tmp, &file).is_err()
            {
                let _ = std::fs::remove_file(&tmp);
            }
        }
        Ok(rustc)
    }

    /// The cache key: source (and generated harness), compiler version, flags, and the file's
    /// canonical path, which panic messages and diagnostics show (it is compiled into the binary).
    fn cache_key(&self, source: &[u8], harness: Option<&str>, shown: &str) -> String {
        let mut h = Sha256::new();
        h.update(self.version.as_bytes());
        h.update([0u8]);
        h.update(shown.as_bytes());
        h.update([0u8]);
        h.update(harness.unwrap_or("").as_bytes());
        for f in FLAGS {
            h.update([0u8]);
            h.update(f.as_bytes());
        }
        h.update([0u8]);
        h.update(source);
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Compiles `source` (the contents of `path`), or finds it in the cache. For function and
    /// design problems, the source is compiled inside a generated harness.
    pub fn compile(
        &self,
        path: &Path,
        source: &[u8],
        iface: &Interface,
        opts: &PrepareOptions,
    ) -> Result<Prepared, LangError> {
        let start = Instant::now();
        let (source, harness): (std::borrow::Cow<[u8]>, Option<String>) = match iface {
            Interface::Stdio => (source.into(), None),
            _ => {
                let text = String::from_utf8_lossy(source);
                let (copy, defines) = harness::user_copy(&text);
                let main = harness::generate_main(iface, &defines);
                (copy.into_bytes().into(), Some(main))
            }
        };
        let source: &[u8] = &source;
        let dir = opts.cache_dir.join("rust");
        let cache_err = |source| LangError::Cache {
            dir: dir.display().to_string(),
            source,
        };
        // The canonical path: `./a.rs` and `/home/u/a.rs` are one file, so one compile.
        let shown = std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .display()
            .to_string();
        let binary = dir
            .join(self.cache_key(source, harness.as_deref(), &shown))
            .join("solution");
        let ready = |cached| Prepared::Ready {
            exe: Executable {
                program: binary.clone(),
                args: Vec::new(),
                env: Vec::new(),
                read_paths: vec![binary.clone()],
                serve: None,
            },
            compile: Some(CompileInfo {
                cached,
                time: start.elapsed(),
            }),
            check: None,
        };
        if binary.is_file() {
            return Ok(ready(true));
        }
        std::fs::create_dir_all(&dir).map_err(cache_err)?;
        // Build in a private directory and rename it into place, so concurrent judges never
        // see a half-written binary.
        let work = tempfile::Builder::new()
            .prefix("build-")
            .tempdir_in(&dir)
            .map_err(cache_err)?;
        let src_copy = work.path().join(harness::USER_FILE);
        std::fs::write(&src_copy, source).map_err(cache_err)?;
        let entry = match &harness {
            Some(main) => {
                let main_path = work.path().join("main.rs");
                std::fs::write(&main_path, main).map_err(cache_err)?;
                main_path
            }
            None => src_copy.clone(),
        };
        let out_bin = work.path().join("solution");
        // Diagnostics and panic locations name the user's file, not our copy.
        let mut remap = std::ffi::OsString::from("--remap-path-prefix=");
        remap.push(&src_copy);
        remap.push("=");
        remap.push(&shown);
        // The generated harness is not the user's: say so where rustc points into it.
        let mut remap_main = std::ffi::OsString::from("--remap-path-prefix=");
        remap_main.push(work.path().join("main.rs"));
        remap_main.push("=<judge harness>/main.rs");
        let output = std::process::Command::new(&self.path)
            .args(FLAGS)
            .arg(remap)
            .arg(remap_main)
            .args(["--crate-name", "solution", "--crate-type", "bin"])
            .arg(if opts.color {
                "--color=always"
            } else {
                "--color=never"
            })
            .arg("-o")
            .arg(&out_bin)
            .arg(&entry)
            .output()
            .map_err(|e| LangError::ToolBroken {
                tool: self.path.display().to_string(),
                message: e.to_string(),
            })?;
        if !output.status.success() {
            // Diagnostics name the file as the user gave it (the binary and its cache key use
            // the canonical path, so that `./a.rs` and `/home/u/a.rs` share one compile).
            let message = String::from_utf8_lossy(&output.stderr)
                .replace(&shown, &path.display().to_string());
            return Ok(Prepared::CompileError {
                message,
                compile: CompileInfo {
                    cached: false,
                    time: start.elapsed(),
                },
            });
        }
        let final_dir = binary.parent().expect("binary path has a parent");
        let staged = work.path().join("staged");
        std::fs::create_dir(&staged).map_err(cache_err)?;
        std::fs::rename(&out_bin, staged.join("solution")).map_err(cache_err)?;
        match std::fs::rename(&staged, final_dir) {
            Ok(()) => {}
            // Another judge cached the same source first: use theirs.
            Err(_) if binary.is_file() => {}
            Err(e) => return Err(cache_err(e)),
        }
        Ok(ready(false))
    }
}

/// What decides the text of `rustc -vV` without running it, as a hash; `None` when it cannot
/// be told (then the compiler is asked).
fn fingerprint(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let mut h = Sha256::new();
    let stat = |h: &mut Sha256, p: &Path| {
        h.update(p.as_os_str().as_encoded_bytes());
        match std::fs::metadata(p) {
            Ok(m) => h.update(
                format!(
                    "|{}|{}|{}|{}|{}\n",
                    m.dev(),
                    m.ino(),
                    m.len(),
                    m.mtime(),
                    m.mtime_nsec()
                )
                .as_bytes(),
            ),
            Err(_) => h.update(b"|-\n"),
        }
    };
    let real = std::fs::canonicalize(path).ok()?;
    stat(&mut h, path);
    stat(&mut h, &real);
    for var in ["RUSTUP_TOOLCHAIN", "RUSTUP_HOME", "CARGO_HOME", "HOME"] {
        let v = std::env::var_os(var).unwrap_or_default();
        h.update(format!("{var}={}\n", v.to_string_lossy()).as_bytes());
    }
    let rustup_home = std::env::var_os("RUSTUP_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".rustup")));
    if let Some(home) = rustup_home {
        stat(&mut h, &home.join("settings.toml"));
        let toolchains = home.join("toolchains");
        stat(&mut h, &toolchains);
        if let Ok(entries) = std::fs::read_dir(&toolchains) {
            let mut names: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            names.sort();
            for t in names.iter().take(64) {
                stat(&mut h, &t.join("bin").join("rustc"));
            }
        }
    }
    let mut dir = std::env::current_dir().ok();
    while let Some(d) = dir {
        stat(&mut h, &d.join("rust-toolchain"));
        stat(&mut h, &d.join("rust-toolchain.toml"));
        dir = d.parent().map(Path::to_path_buf);
    }
    Some(
        h.finalize()
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}
