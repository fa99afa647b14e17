//! Where judge keeps its files: `JUDGE_HOME` if set, else the XDG base directories.

use std::path::PathBuf;

fn env_dir(key: &str) -> Option<PathBuf> {
    std::env::var_os(key)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
}

/// Cache of compiled solutions: `$JUDGE_HOME/cache`, `$XDG_CACHE_HOME/judge` or
/// `~/.cache/judge`; the system temporary directory when none is known.
pub fn cache_dir() -> PathBuf {
    if let Some(home) = env_dir("JUDGE_HOME") {
        return home.join("cache");
    }
    if let Some(xdg) = env_dir("XDG_CACHE_HOME") {
        return xdg.join("judge");
    }
    match env_dir("HOME") {
        Some(home) => home.join(".cache").join("judge"),
        None => std::env::temp_dir().join("judge-cache"),
    }
}

/// Data that must last (attempt history, mock sessions): `$JUDGE_HOME/data`,
/// `$XDG_DATA_HOME/judge` or `~/.local/share/judge`.
pub fn data_dir() -> PathBuf {
    if let Some(home) = env_dir("JUDGE_HOME") {
        return home.join("data");
    }
    if let Some(xdg) = env_dir("XDG_DATA_HOME") {
        return xdg.join("judge");
    }
    match env_dir("HOME") {
        Some(home) => home.join(".local").join("share").join("judge"),
        None => std::env::temp_dir().join("judge-data"),
    }
}

/// Finds an executable on `PATH`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// The tests `judge stress --save` keeps for a solution: `.judge/stress/SLUG.yaml` in the
/// solution's folder, so they travel with the practice repository, and every solution of the
/// problem in that folder (the brute force, the second attempt) is run on them.
pub fn saved_tests(solution: &std::path::Path, slug: &str) -> PathBuf {
    let dir = match solution.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    dir.join(".judge")
        .join("stress")
        .join(format!("{slug}.yaml"))
}
