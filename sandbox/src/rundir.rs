//! [`RunDir`]: a temporary directory for one run that is removed even when the program in it
//! made parts of it unreadable, and even when the judge that made it was killed.
//!
//! Each run directory holds a lock file, locked (`flock`) for as long as the judge that made it
//! lives. The first run directory a process makes sweeps its temporary root for run
//! directories of this user whose lock is free (their judge died before it could remove them)
//! and removes them.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Duration;

use crate::sys;

/// The name of the lock file inside every run directory.
const LOCK: &str = ".judge-run.lock";
/// A directory younger than this is never swept: its judge may not have locked it yet.
const SWEEP_MIN_AGE: Duration = Duration::from_secs(10);

/// A run directory, removed when dropped.
#[derive(Debug)]
pub struct RunDir {
    path: PathBuf,
    _lock: File,
}

impl RunDir {
    /// Makes `<root>/<prefix>XXXXXX`, locked by this process.
    pub fn new_in(root: &Path, prefix: &str) -> io::Result<RunDir> {
        static SWEEP: Once = Once::new();
        SWEEP.call_once(|| sweep(root));
        let path = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in(root)?
            .keep();
        let lock = File::create(path.join(LOCK))?;
        sys::try_lock(&lock);
        Ok(RunDir { path, _lock: lock })
    }

    /// Makes a run directory in the system's temporary directory.
    pub fn new(prefix: &str) -> io::Result<RunDir> {
        RunDir::new_in(&std::env::temp_dir(), prefix)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        remove_tree(&self.path);
    }
}

/// Removes `dir` and everything in it, first giving its owner back the right to list and
/// change every directory in it (a program may have made one with mode 000).
pub fn remove_tree(dir: &Path) {
    if std::fs::remove_dir_all(dir).is_ok() {
        return;
    }
    make_removable(dir);
    let _ = std::fs::remove_dir_all(dir);
}

fn make_removable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    if let Ok(list) = std::fs::read_dir(dir) {
        for e in list.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                make_removable(&e.path());
            }
        }
    }
}

/// Removes run directories of this user under `root` whose judge is gone.
fn sweep(root: &Path) {
    use std::os::unix::fs::MetadataExt;
    let Ok(list) = std::fs::read_dir(root) else {
        return;
    };
    let me = sys::euid();
    for e in list.flatten() {
        if !e.file_name().as_encoded_bytes().starts_with(b"judge-") {
            continue;
        }
        let path = e.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if !meta.is_dir() || meta.uid() != me {
            continue;
        }
        let lock_path = path.join(LOCK);
        let Ok(lock_meta) = std::fs::symlink_metadata(&lock_path) else {
            continue;
        };
        let old = lock_meta
            .modified()
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= SWEEP_MIN_AGE);
        if !old || !lock_meta.is_file() {
            continue;
        }
        if let Ok(lock) = File::open(&lock_path) {
            if sys::try_lock(&lock) {
                remove_tree(&path);
            }
        }
    }
}
