//! The isolation layers applied to a solution between fork and exec, and the probe that finds
//! which of them this machine supports.
//!
//! Always, where the kernel has them: a seccomp filter that forbids creating processes (threads
//! still work), sockets other than AF_UNIX, and a list of syscalls no solution needs (ptrace,
//! process_vm_*, bpf, mount, unshare, ...); a Landlock ruleset that lets the program read only
//! the system's libraries and what it needs to run, write only its scratch directory, connect or
//! bind no TCP port, and signal nothing outside itself; and, when the judge runs as root, a drop
//! to an unprivileged user. The filter returns errors (EPERM, EACCES, ENOSYS) rather than killing,
//! so a forbidden action shows as a runtime error with the language's own message.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use landlock::{
    path_beneath_rules, Access, AccessFs, AccessNet, Ruleset, RulesetAttr, RulesetCreatedAttr,
    RulesetStatus, Scope, ABI,
};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};
use serde::{Deserialize, Serialize};

/// The Landlock ABI the rules are written for; older kernels get what they support.
const LANDLOCK_ABI: ABI = ABI::V6;

/// Paths every program may read: the system's binaries and libraries.
pub const SYSTEM_READ: &[&str] = &[
    "/usr",
    "/lib",
    "/lib64",
    "/lib32",
    "/bin",
    "/etc/ld.so.cache",
    "/dev/urandom",
    "/dev/random",
];

/// Which layers to apply to one run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layers {
    pub seccomp: bool,
    pub landlock: bool,
    /// Switch to this uid and gid before exec (when the judge runs as root).
    pub run_as: Option<(u32, u32)>,
}

fn target_arch() -> Option<TargetArch> {
    TargetArch::try_from(std::env::consts::ARCH).ok()
}

fn rules(entries: &[(i64, Vec<SeccompRule>)], action: SeccompAction) -> Result<BpfProgram, String> {
    let arch = target_arch().ok_or("seccomp: unsupported architecture")?;
    let map: BTreeMap<i64, Vec<SeccompRule>> = entries.iter().cloned().collect();
    let filter = SeccompFilter::new(map, SeccompAction::Allow, action, arch)
        .map_err(|e| format!("seccomp: {e}"))?;
    filter.try_into().map_err(|e| format!("seccomp: {e:?}"))
}

/// The seccomp programs, built before the fork (they allocate) and applied in the child.
pub fn seccomp_programs() -> Result<Vec<BpfProgram>, String> {
    let cond = |arg, op, val| {
        SeccompCondition::new(arg, SeccompCmpArgLen::Qword, op, val)
            .map_err(|e| format!("seccomp: {e}"))
    };
    let rule = |c: Vec<SeccompCondition>| SeccompRule::new(c).map_err(|e| format!("seccomp: {e}"));
    // clone without CLONE_THREAD creates a process; with it, a thread.
    let clone_process = rule(vec![cond(
        0,
        SeccompCmpOp::MaskedEq(libc::CLONE_THREAD as u64),
        0,
    )?])?;
    let mut eperm: Vec<(i64, Vec<SeccompRule>)> = vec![(libc::SYS_clone, vec![clone_process])];
    #[cfg(target_arch = "x86_64")]
    {
        eperm.push((libc::SYS_fork, vec![]));
        eperm.push((libc::SYS_vfork, vec![]));
    }
    for nr in [
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_kcmp,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_bpf,
        libc::SYS_perf_event_open,
        libc::SYS_userfaultfd,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_kexec_load,
        libc::SYS_init_module,
        libc::SYS_finit_module,
        libc::SYS_delete_module,
        libc::SYS_acct,
        libc::SYS_swapon,
        libc::SYS_swapoff,
        libc::SYS_reboot,
        libc::SYS_syslog,
    ] {
        eperm.push((nr, vec![]));
    }
    // glibc creates threads with clone3 and falls back to clone on ENOSYS; clone3's flags are in
    // memory, out of a filter's reach, so it is refused as "not implemented".
    let enosys: Vec<(i64, Vec<SeccompRule>)> = [
        libc::SYS_clone3,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
    ]
    .into_iter()
    .map(|nr| (nr, vec![]))
    .collect();
    let not_unix = rule(vec![cond(0, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?])?;
    let eacces = vec![(libc::SYS_socket, vec![not_unix])];
    Ok(vec![
        rules(&eperm, SeccompAction::Errno(libc::EPERM as u32))?,
        rules(&enosys, SeccompAction::Errno(libc::ENOSYS as u32))?,
        rules(&eacces, SeccompAction::Errno(libc::EACCES as u32))?,
    ])
}

/// In the child: installs the seccomp programs (this also sets `no_new_privs`).
pub fn apply_seccomp(programs: &[BpfProgram]) -> Result<(), String> {
    for p in programs {
        seccompiler::apply_filter(p).map_err(|e| format!("seccomp: {e}"))?;
    }
    Ok(())
}

/// In the child: restricts the filesystem to reading `read` (and the system paths) and writing
/// `write`, forbids TCP, and scopes signals and abstract sockets to the sandbox.
pub fn apply_landlock(read: &[PathBuf], write: &[PathBuf]) -> Result<RulesetStatus, String> {
    let abi = LANDLOCK_ABI;
    let err = |e: landlock::RulesetError| format!("landlock: {e}");
    let system: Vec<&Path> = SYSTEM_READ.iter().map(Path::new).collect();
    let status = Ruleset::default()
        .handle_access(AccessFs::from_all(abi))
        .map_err(err)?
        .handle_access(AccessNet::from_all(abi))
        .map_err(err)?
        .scope(Scope::from_all(abi))
        .map_err(err)?
        .create()
        .map_err(err)?
        .add_rules(path_beneath_rules(&system, AccessFs::from_read(abi)))
        .map_err(err)?
        .add_rules(path_beneath_rules(read, AccessFs::from_read(abi)))
        .map_err(err)?
        .add_rules(path_beneath_rules(write, AccessFs::from_all(abi)))
        .map_err(err)?
        .restrict_self()
        .map_err(err)?;
    Ok(status.ruleset)
}

/// Whether `path` can be read (and its directories traversed) by a user who is neither its owner
/// nor in its group: what a solution run as an unprivileged user needs.
pub fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let Ok(path) = path.canonicalize() else {
        return false;
    };
    let Ok(meta) = path.metadata() else {
        return false;
    };
    if meta.permissions().mode() & 0o004 == 0 {
        return false;
    }
    path.ancestors().skip(1).all(|dir| {
        dir.metadata()
            .is_ok_and(|m| m.permissions().mode() & 0o001 != 0)
    })
}
