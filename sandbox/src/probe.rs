//! Finding out which isolation layers work on this machine, by trying each in a throw-away child
//! of the launcher, and naming the level reached ([`Isolation`]).

use serde::{Deserialize, Serialize};

use crate::harden::{self, Layers};
use crate::sys;

/// The first argument that makes the launcher binary run the probe and print its JSON.
pub const PROBE_ARG: &str = "__judge-sandbox-probe";

/// One isolation layer: whether it is on, why, and what would turn it on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Layer {
    pub name: String,
    pub on: bool,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

/// What the probe found, and the layers runs will use.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Isolation {
    /// `strong`, `standard`, `basic` or `none`.
    pub level: String,
    pub layers: Vec<Layer>,
    /// The layers runs will apply.
    pub apply: Layers,
    pub landlock_abi: Option<i64>,
    pub run_as_uid: Option<u32>,
}

fn layer(name: &str, on: bool, detail: impl Into<String>, fix: Option<&str>) -> Layer {
    Layer {
        name: name.to_string(),
        on,
        detail: detail.into(),
        fix: if on { None } else { fix.map(str::to_string) },
    }
}

/// Runs the probe (in the launcher process) and returns the JSON to print.
pub(crate) fn probe() -> Isolation {
    let root = sys::euid() == 0;
    let seccomp_code = sys::in_child(|| {
        let Ok(programs) = harden::seccomp_programs(false) else {
            return 10;
        };
        if harden::apply_seccomp(&programs).is_err() {
            return 11;
        }
        if sys::try_fork() != libc::EPERM {
            return 12;
        }
        match std::net::UdpSocket::bind("127.0.0.1:0") {
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {}
            _ => return 13,
        }
        // No AF_UNIX socket either, and no SysV shared memory or memfd.
        if std::os::unix::net::UnixDatagram::unbound().is_ok() {
            return 15;
        }
        if sys::try_shared_memory() != libc::EPERM {
            return 16;
        }
        // Threads must still work.
        match std::thread::spawn(|| 7).join() {
            Ok(7) => 0,
            _ => 14,
        }
    });
    // The compiler's filter: processes allowed (its linker), sockets still not.
    let compile_code = sys::in_child(|| {
        let Ok(programs) = harden::seccomp_programs(true) else {
            return 10;
        };
        if harden::apply_seccomp(&programs).is_err() {
            return 11;
        }
        if sys::try_fork() != 0 {
            return 12;
        }
        match std::net::UdpSocket::bind("127.0.0.1:0") {
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => 0,
            _ => 13,
        }
    });
    let abi = sys::landlock_abi();
    let scratch = std::env::temp_dir();
    let landlock_code =
        sys::in_child(
            || match harden::apply_landlock(&[], std::slice::from_ref(&scratch)) {
                Ok(landlock::RulesetStatus::FullyEnforced) => 0,
                Ok(landlock::RulesetStatus::PartiallyEnforced) => 1,
                Ok(landlock::RulesetStatus::NotEnforced) => 2,
                Err(_) => 3,
            },
        );
    let userns = sys::in_child(sys::try_user_namespace);
    let requests_code = sys::in_child(sys::try_listener_filter);
    let cgroup2 = std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists();

    let seccomp_on = seccomp_code == 0;
    let requests_on = requests_code == 0;
    let landlock_on = landlock_code <= 1 && abi.is_some();
    let abi_n = abi.unwrap_or(0);
    let layers = vec![
        layer("environment", true, "cleared; only the language's own variables are set", None),
        layer("file-descriptors", true, "every descriptor above stderr is closed at exec", None),
        layer("session", true, "own session and process group, killed as a whole", None),
        layer(
            "rlimits",
            true,
            "CPU backstop, data size (memory limit), file size (output cap), no core files, open files",
            None,
        ),
        layer("subreaper", true, "orphans and daemons reparent to the launcher and are killed", None),
        layer("non-dumpable", true, "the judge and launcher cannot be ptraced or read through /proc", None),
        layer(
            "seccomp",
            seccomp_on,
            if seccomp_on {
                "no process creation (threads allowed), no sockets, no SysV IPC or memfd, no chmod/chown, no ptrace/bpf/mount/…".to_string()
            } else {
                format!("the filter could not be installed or did not hold (probe code {seccomp_code})")
            },
            Some("use a kernel with CONFIG_SECCOMP_FILTER; in a container, allow the seccomp(2) and prctl(2) system calls in its seccomp profile"),
        ),
        layer(
            "no-sockets",
            seccomp_on,
            "no socket of any family, AF_UNIX included (no ssh agent, session bus or docker socket)",
            Some("needs the seccomp layer"),
        ),
        layer(
            "no-shared-memory",
            seccomp_on,
            "no SysV shared memory, message queues or semaphores, no memfd, no fallocate; /dev/shm is outside the Landlock rules",
            Some("needs the seccomp layer"),
        ),
        layer(
            "memory-requests",
            requests_on,
            if requests_on {
                "one allocation that would pass the memory limit is refused and counted as MLE, not left to look like a crash".to_string()
            } else {
                format!("seccomp user notification is unavailable (probe code {requests_code}): such an allocation fails as a runtime error")
            },
            Some("use Linux 5.5 or newer; in a container, allow seccomp(2) with SECCOMP_FILTER_FLAG_NEW_LISTENER"),
        ),
        layer(
            "scratch-quota",
            true,
            format!(
                "the scratch directory holds at most {} MiB and {} entries per run (more is OLE); fallocate is refused",
                crate::DEFAULT_SCRATCH_BYTES >> 20,
                crate::DEFAULT_SCRATCH_ENTRIES
            ),
            None,
        ),
        layer(
            "thread-cap",
            true,
            format!(
                "at most {} threads at once per run (more is RE \"too many threads\"); thread stacks do not take the main stack's size",
                crate::DEFAULT_THREADS
            ),
            None,
        ),
        layer(
            "wall-clock",
            true,
            "idle programs stop at the CPU limit + 1 s; every program at 3x the CPU limit + 1 s",
            None,
        ),
        layer(
            "compile-sandbox",
            seccomp_on && compile_code == 0 && landlock_on,
            if seccomp_on && compile_code == 0 && landlock_on {
                "the compiler runs under these layers: it reads only the toolchain, the system's libraries and its copy of the source, writes only its build directory, has CPU, memory and output limits, and may start processes (its linker; a cap on processes and threads), which nothing else may".to_string()
            } else {
                format!("the compiler runs with the layers that are on; it may read what its user can (seccomp code {seccomp_code}, compile code {compile_code}, landlock {landlock_on})")
            },
            Some("needs the seccomp and landlock-fs layers"),
        ),
        layer(
            "landlock-fs",
            landlock_on,
            match (abi, landlock_code) {
                (Some(v), 0) => format!("ABI {v}: read only system paths and the solution's files, write only scratch"),
                (Some(v), 1) => format!("ABI {v}: partially enforced"),
                (Some(v), c) => format!("ABI {v} but the ruleset failed (probe code {c})"),
                (None, _) => "not available: the kernel has no Landlock (Linux 5.13+) or it is disabled".to_string(),
            },
            Some("use Linux 5.13 or newer with `lsm=landlock,...` on the kernel command line; in Docker, use a runtime from 2022 or later"),
        ),
        layer(
            "landlock-net",
            landlock_on && abi_n >= 4,
            if abi_n >= 4 { "no TCP bind or connect" } else { "needs Landlock ABI 4 (Linux 6.7)" },
            Some("use Linux 6.7 or newer (seccomp still blocks non-AF_UNIX sockets)"),
        ),
        layer(
            "landlock-scope",
            landlock_on && abi_n >= 6,
            if abi_n >= 6 {
                "no signals to processes outside the sandbox, no abstract unix sockets"
            } else {
                "needs Landlock ABI 6 (Linux 6.12)"
            },
            Some("use Linux 6.12 or newer"),
        ),
        layer(
            "unprivileged-user",
            root,
            if root {
                "the judge runs as root: solutions run as nobody (uid 65534)".to_string()
            } else {
                format!("the judge runs as uid {}: solutions run as the same unprivileged user", sys::euid())
            },
            None,
        ),
        layer(
            "namespaces",
            false,
            match userns {
                0 => "available but not used: seccomp already forbids process creation and sockets, Landlock restricts the filesystem".to_string(),
                e => format!("user namespaces unavailable (errno {e}); not used by this version"),
            },
            Some("on Ubuntu 24.04: `sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0`; not needed for the standard level"),
        ),
        layer(
            "cgroup",
            false,
            if cgroup2 {
                "cgroup v2 is mounted, but this version does not use it: memory is limited per process (RLIMIT_DATA)"
            } else {
                "no cgroup v2 hierarchy at /sys/fs/cgroup (v1 or hybrid layout): memory is limited per process (RLIMIT_DATA)"
            },
            Some("boot with systemd.unified_cgroup_hierarchy=1 and run judge in a delegated scope (`systemd-run --user --scope -p Delegate=yes judge …`)"),
        ),
    ];
    let level = if seccomp_on && landlock_on && abi_n >= 6 {
        // "strong" also needs a cgroup for total memory and pids, which this version lacks.
        "standard"
    } else {
        "basic"
    };
    Isolation {
        level: level.to_string(),
        layers,
        apply: Layers {
            seccomp: seccomp_on,
            landlock: landlock_on,
            run_as: root.then_some((65534, 65534)),
            memory_requests: requests_on,
        },
        landlock_abi: abi,
        run_as_uid: root.then_some(65534),
    }
}
