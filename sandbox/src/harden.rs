//! The isolation layers applied to a solution between fork and exec, and the probe that finds
//! which of them this machine supports.
//!
//! Always, where the kernel has them: a seccomp filter that forbids creating processes (threads
//! still work), sockets of every family, memory outside the process (SysV IPC, memfd),
//! `fallocate`, changing permissions or owners, and a list of syscalls no solution needs
//! (ptrace, process_vm_*, bpf, mount, unshare, ...); a Landlock ruleset that lets the program read only
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
    /// Show large allocation requests to the supervisor (seccomp user notification), so that
    /// one refused by the memory limit is known as such.
    #[serde(default)]
    pub memory_requests: bool,
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

/// The seccomp programs, built before the fork (they allocate) and applied in the child. With
/// `processes`, creating processes is allowed (a compiler runs its linker); every other rule
/// stays.
pub fn seccomp_programs(processes: bool) -> Result<Vec<BpfProgram>, String> {
    let mut programs = Vec::new();
    if !processes {
        programs.push(no_process_program()?);
    }
    programs.extend(programs_but_processes(processes)?);
    Ok(programs)
}

/// Every seccomp program but [`no_process_program`]: what a fork-server runs under.
pub fn seccomp_programs_but_processes() -> Result<Vec<BpfProgram>, String> {
    programs_but_processes(false)
}

/// The seccomp program that forbids creating processes (threads still work): `clone` without
/// `CLONE_THREAD`, `fork` and `vfork` fail with EPERM. A fork-server runs without it, and each
/// child it forks installs it before any code of the solution runs.
pub fn no_process_program() -> Result<BpfProgram, String> {
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
    #[allow(unused_mut)]
    let mut eperm: Vec<(i64, Vec<SeccompRule>)> = vec![(libc::SYS_clone, vec![clone_process])];
    #[cfg(target_arch = "x86_64")]
    {
        eperm.push((libc::SYS_fork, vec![]));
        eperm.push((libc::SYS_vfork, vec![]));
    }
    rules(&eperm, SeccompAction::Errno(libc::EPERM as u32))
}

/// Every rule but the one against creating processes; with `processes`, `socketpair` is
/// allowed too (a compiler's std spawns its linker with one).
fn programs_but_processes(processes: bool) -> Result<Vec<BpfProgram>, String> {
    let mut eperm: Vec<(i64, Vec<SeccompRule>)> = Vec::new();
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
        // Memory that lives outside the process (and may outlive it): SysV shared memory,
        // message queues and semaphores, memory file descriptors. None is needed to solve a
        // problem, and none is counted by RLIMIT_DATA.
        libc::SYS_shmget,
        libc::SYS_shmat,
        libc::SYS_shmctl,
        libc::SYS_msgget,
        libc::SYS_msgsnd,
        libc::SYS_msgrcv,
        libc::SYS_msgctl,
        libc::SYS_semget,
        libc::SYS_semop,
        libc::SYS_semtimedop,
        libc::SYS_semctl,
        libc::SYS_memfd_create,
        libc::SYS_memfd_secret,
        libc::SYS_pidfd_getfd,
        // Permissions and owners: Landlock does not govern them, and a program that makes its
        // run directory unreadable must not break its own judging.
        libc::SYS_chmod,
        libc::SYS_fchmod,
        libc::SYS_fchmodat,
        libc::SYS_fchmodat2,
        libc::SYS_chown,
        libc::SYS_fchown,
        libc::SYS_lchown,
        libc::SYS_fchownat,
    ] {
        eperm.push((nr, vec![]));
    }
    // glibc creates threads with clone3 and falls back to clone on ENOSYS; clone3's flags are in
    // memory, out of a filter's reach, so it is refused as "not implemented".
    // No preallocation: `fallocate` would take gigabytes of scratch space in microseconds.
    // "Not supported" is what a filesystem without it says; glibc's `posix_fallocate` then
    // writes the blocks, at the speed the scratch quota can follow.
    let eopnotsupp = vec![(libc::SYS_fallocate, vec![])];
    let enosys: Vec<(i64, Vec<SeccompRule>)> = [
        libc::SYS_clone3,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
    ]
    .into_iter()
    .map(|nr| (nr, vec![]))
    .collect();
    // No socket of any family: AF_UNIX reaches pathname sockets (an ssh agent, a session bus,
    // docker) that Landlock before ABI 9 does not govern. Without a socket, connect, bind,
    // sendto and the rest have nothing to work on.
    let mut eacces = vec![(libc::SYS_socket, vec![])];
    // A compiler's std spawns its linker with a socketpair (the child's pidfd comes back over
    // it): a connected pair reaches nothing outside, so it is allowed where processes are.
    if !processes {
        eacces.push((libc::SYS_socketpair, vec![]));
    }
    Ok(vec![
        rules(&eperm, SeccompAction::Errno(libc::EPERM as u32))?,
        rules(&enosys, SeccompAction::Errno(libc::ENOSYS as u32))?,
        rules(&eacces, SeccompAction::Errno(libc::EACCES as u32))?,
        rules(&eopnotsupp, SeccompAction::Errno(libc::EOPNOTSUPP as u32))?,
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

/// Allocation requests at least this large are shown to the supervisor before the kernel sees
/// them (see [`memory_request_filter`]). 1 MiB is glibc's smallest fallback `mmap` when `brk`
/// fails: a heap grown by `brk` to the memory limit (refused by `RLIMIT_DATA`, unseen) asks
/// for 1 MiB next, and that request shows the limit reached. At 2 MiB it went unseen, malloc
/// returned null, and a Rust program aborted: a runtime error for what was the memory limit.
pub const WATCHED_REQUEST_BYTES: u32 = 1 << 20;

/// A seccomp program that hands `mmap`, `mremap` and `mprotect` calls of at least
/// [`WATCHED_REQUEST_BYTES`] to the supervisor (`SECCOMP_RET_USER_NOTIF`).
///
/// One allocation larger than what is left of the memory limit is refused by `RLIMIT_DATA`
/// before the resident peak grows, so no measurement would show it; the supervisor sees the
/// request itself, refuses it with ENOMEM and records the memory limit as hit. Smaller requests
/// (and every other system call) never leave the kernel.
pub fn memory_request_filter() -> Vec<libc::sock_filter> {
    use libc::{BPF_ABS, BPF_JEQ, BPF_JGE, BPF_JGT, BPF_JMP, BPF_K, BPF_LD, BPF_RET, BPF_W};
    let ins = |code: u32, k: u32, jt: usize, jf: usize| libc::sock_filter {
        code: code as u16,
        jt: jt as u8,
        jf: jf as u8,
        k,
    };
    let ld = |offset: u32| ins(BPF_LD | BPF_W | BPF_ABS, offset, 0, 0);
    // A jump at index `at` to index `to` is encoded as the distance from the next instruction.
    let off = |at: usize, to: usize| to - at - 1;
    // struct seccomp_data: nr at 0, arch at 4, args[i] at 16 + 8 i (low word first).
    let arg = |i: u32| 16 + 8 * i;
    const ALLOW: usize = 18;
    const NOTIFY: usize = 19;
    let mut p = vec![
        ld(4),                                                          // 0
        ins(BPF_JMP | BPF_JEQ | BPF_K, audit_arch(), 0, off(1, ALLOW)), // 1
        ld(0),                                                          // 2
        ins(
            BPF_JMP | BPF_JEQ | BPF_K,
            libc::SYS_mmap as u32,
            off(3, 6),
            0,
        ), // 3
        ins(
            BPF_JMP | BPF_JEQ | BPF_K,
            libc::SYS_mremap as u32,
            off(4, 10),
            0,
        ), // 4
        ins(
            BPF_JMP | BPF_JEQ | BPF_K,
            libc::SYS_mprotect as u32,
            off(5, 14),
            off(5, ALLOW),
        ),
    ];
    // The length is argument 1 of mmap and mprotect, and argument 2 (new length) of mremap.
    for (start, a) in [(6, 1), (10, 2), (14, 1)] {
        p.push(ld(arg(a) + 4));
        p.push(ins(BPF_JMP | BPF_JGT | BPF_K, 0, off(start + 1, NOTIFY), 0));
        p.push(ld(arg(a)));
        p.push(ins(
            BPF_JMP | BPF_JGE | BPF_K,
            WATCHED_REQUEST_BYTES,
            off(start + 3, NOTIFY),
            off(start + 3, ALLOW),
        ));
    }
    p.push(ins(BPF_RET | BPF_K, libc::SECCOMP_RET_ALLOW, 0, 0));
    p.push(ins(BPF_RET | BPF_K, libc::SECCOMP_RET_USER_NOTIF, 0, 0));
    debug_assert_eq!(p.len(), NOTIFY + 1);
    p
}

/// The `AUDIT_ARCH_*` value of this build's architecture, as seccomp reports it.
fn audit_arch() -> u32 {
    #[cfg(target_arch = "x86_64")]
    return 0xc000_003e;
    #[cfg(target_arch = "aarch64")]
    return 0xc000_00b7;
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    return 0;
}
