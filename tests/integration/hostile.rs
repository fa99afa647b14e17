//! The hostile-submission suite: programs that fork-bomb, allocate, flood, loop, sleep, leave
//! daemons, connect out, write or read where they must not, or attack the judge. Each must get
//! the verdict its name starts with, within the time limit plus one second (plus slack for a
//! busy machine), with no process left, nothing written outside its scratch directory, no
//! connection reaching a listener, and the judge's own memory under 64 MiB.
//!
//! Run as root, solutions run as `nobody`; the suite then runs again as an ordinary user (created
//! if needed) through `setpriv`. Where the machine lacks a layer, the expectation that needs it
//! is skipped with a printed reason.

use std::net::{TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::util::{self, Judge};

const TIME_LIMIT_MS: u64 = 1000;
/// TL + 1 s is the bound for an idle program, 3 TL + 1 s for any; this much more is allowed
/// for a loaded machine.
const SLACK_MS: u64 = 1500;
const JUDGE_MEMORY_LIMIT_KIB: u64 = 64 * 1024;
/// The problem's memory limit.
const MEMORY_LIMIT_KIB: u64 = 64 * 1024;
/// What a run may be measured at: the limit plus what grows between two polls.
const MEMORY_BOUND_KIB: u64 = 4 * MEMORY_LIMIT_KIB;
/// Layers `judge doctor` must list.
const LAYERS: &[&str] = &[
    "seccomp",
    "no-sockets",
    "no-shared-memory",
    "memory-requests",
    "scratch-quota",
    "thread-cap",
    "wall-clock",
    "compile-sandbox",
];
/// The compile's CPU limit in the suite (the default is 30 s): the bombs reach it sooner.
const COMPILE_TIME: &str = "5";

/// Who runs the judge for a pass of the suite.
#[derive(Clone)]
enum Runner {
    Me,
    /// An ordinary user, through `setpriv`.
    User {
        name: String,
    },
}

struct Listener {
    port: u16,
    tcp_connections: Arc<AtomicUsize>,
    udp: UdpSocket,
    /// A pathname unix socket any user can reach, like an ssh agent's.
    unix_path: PathBuf,
    unix_connections: Arc<AtomicUsize>,
}

impl Listener {
    fn start() -> Listener {
        use std::os::unix::fs::PermissionsExt;
        // Reachable by every user, as a user's agent socket is by that user.
        let sock_dir = tempfile::Builder::new()
            .prefix("judge-hostile-sock-")
            .tempdir()
            .unwrap()
            .keep();
        std::fs::set_permissions(&sock_dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        let unix_path = sock_dir.join("agent.sock");
        let unix = std::os::unix::net::UnixListener::bind(&unix_path).unwrap();
        std::fs::set_permissions(&unix_path, std::fs::Permissions::from_mode(0o777)).unwrap();
        let unix_connections = Arc::new(AtomicUsize::new(0));
        let u = unix_connections.clone();
        std::thread::spawn(move || {
            for stream in unix.incoming() {
                if stream.is_ok() {
                    u.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
        let tcp = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = tcp.local_addr().unwrap().port();
        let udp = UdpSocket::bind(("127.0.0.1", port)).unwrap();
        udp.set_nonblocking(true).unwrap();
        let count = Arc::new(AtomicUsize::new(0));
        let c = count.clone();
        std::thread::spawn(move || {
            for stream in tcp.incoming() {
                if stream.is_ok() {
                    c.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
        Listener {
            port,
            tcp_connections: count,
            udp,
            unix_path,
            unix_connections,
        }
    }

    fn udp_datagrams(&self) -> usize {
        let mut n = 0;
        let mut buf = [0u8; 64];
        while self.udp.recv(&mut buf).is_ok() {
            n += 1;
        }
        n
    }
}

fn layer_on(doctor: &serde_json::Value, name: &str) -> bool {
    doctor["layers"]
        .as_array()
        .is_some_and(|ls| ls.iter().any(|l| l["name"] == name && l["on"] == true))
}

/// Processes running a compiled solution whose run is over: the per-run copy was deleted with
/// its run directory, or the binary is in this pass's cache. A live run's binary is not deleted,
/// so runs of other tests going on at the same time do not count.
fn leftover_solution_processes(home: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(exe) = std::fs::read_link(entry.path().join("exe")) else {
            continue;
        };
        let exe = exe.display().to_string();
        let deleted_copy = exe.contains("/solution-bin") && exe.ends_with("(deleted)");
        if deleted_copy || exe.starts_with(&home.display().to_string()) {
            found.push(format!("{} {exe}", entry.file_name().to_string_lossy()));
        }
    }
    found
}

fn pgrep_marker(marker: &str) -> String {
    let out = std::process::Command::new("pgrep")
        .args(["-a", "-f", marker])
        .output()
        .expect("pgrep");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.contains("pgrep"))
        .collect::<Vec<_>>()
        .join("\n")
}

struct Pass {
    runner: Runner,
    judge: PathBuf,
    work: PathBuf,
    catalog: PathBuf,
    home: PathBuf,
    /// The judge's TMPDIR: its run directories, which must all be gone after each case.
    tmp: PathBuf,
    doctor: serde_json::Value,
    rust: bool,
    /// A file in the judge's user's home that a compile-time include must not embed; its
    /// content, which must appear in no output.
    home_file: PathBuf,
    home_secret: String,
    /// The toolchain the ordinary user compiles with (a shared copy of the sysroot).
    toolchain: Option<PathBuf>,
    /// `JUDGE_FORK_SERVER` for every command (`None`: the default).
    fork_server: Option<&'static str>,
}

impl Pass {
    fn command(&self, args: &[&str]) -> std::process::Command {
        match &self.runner {
            Runner::Me => {
                let j = Judge::new();
                let mut cmd = j.cmd();
                cmd.env("JUDGE_HOME", &self.home)
                    .env("TMPDIR", &self.tmp)
                    .env("JUDGE_COMPILE_TIME", COMPILE_TIME)
                    .args(args);
                if let Some(v) = self.fork_server {
                    cmd.env("JUDGE_FORK_SERVER", v);
                }
                std::mem::forget(j); // its temp home is unused; JUDGE_HOME points to ours
                cmd
            }
            Runner::User { name, .. } => {
                let mut cmd = std::process::Command::new("setpriv");
                cmd.args([
                    "--reuid",
                    name,
                    "--regid",
                    name,
                    "--clear-groups",
                    "env",
                    "-i",
                ])
                .arg("PATH=/usr/bin:/bin")
                .arg(format!("JUDGE_HOME={}", self.home.display()))
                .arg(format!("TMPDIR={}", self.tmp.display()))
                .arg(format!("JUDGE_COMPILE_TIME={COMPILE_TIME}"))
                .args(self.fork_server.map(|v| format!("JUDGE_FORK_SERVER={v}")));
                if let Some(t) = &self.toolchain {
                    cmd.arg(format!("JUDGE_RUSTC={}", t.join("bin/rustc").display()));
                }
                cmd.arg(&self.judge).args(args);
                cmd
            }
        }
    }
}

fn setup(runner: Runner) -> Option<Pass> {
    let work = tempfile::Builder::new()
        .prefix("judge-hostile-")
        .tempdir()
        .unwrap()
        .keep();
    let catalog = work.join("catalog");
    let home = work.join("home");
    let tmp = work.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::create_dir_all(catalog.join("hostile-echo")).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(work.join("solutions")).unwrap();
    std::fs::copy(
        util::fixtures().join("hostile-catalog/hostile-echo/problem.yaml"),
        catalog.join("hostile-echo/problem.yaml"),
    )
    .unwrap();
    // The judge's user's home, with a private file in it.
    let home_secret = format!("judge-hostile-home-secret-{}", std::process::id());
    let user_home = work.join("user-home");
    std::fs::create_dir_all(&user_home).unwrap();
    let home_file = user_home.join(".secret");
    std::fs::write(&home_file, &home_secret).unwrap();
    let mut toolchain = None;
    let mut judge = PathBuf::from(env!("CARGO_BIN_EXE_judge"));
    if let Runner::User { name, .. } = &runner {
        toolchain = shared_toolchain();
        // The user gets its own copy of everything it needs.
        let copy = work.join("judge");
        std::fs::copy(&judge, &copy).unwrap();
        judge = copy;
        let ok = std::process::Command::new("chown")
            .args(["-R", &format!("{name}:{name}")])
            .arg(&work)
            .status()
            .is_ok_and(|s| s.success());
        let ok = ok
            && std::process::Command::new("chmod")
                .args(["-R", "u+rwX,go+rX"])
                .arg(&work)
                .status()
                .is_ok_and(|s| s.success());
        // Like /tmp: the judge's user makes its run directories there.
        let ok = ok
            && std::process::Command::new("chmod")
                .arg("1777")
                .arg(&tmp)
                .status()
                .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("SKIPPED: cannot hand the work directory to {name}");
            return None;
        }
    }
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&home_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let mut pass = Pass {
        runner,
        judge,
        work,
        catalog,
        home,
        tmp,
        doctor: serde_json::Value::Null,
        rust: false,
        home_file,
        home_secret,
        toolchain,
        fork_server: None,
    };
    let out = util::run(pass.command(&["doctor", "--format", "json"]));
    pass.doctor = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "doctor is not JSON ({e}): {}\n{}",
            util::stdout(&out),
            util::stderr(&out)
        )
    });
    pass.rust = pass.doctor["rustc"]["ok"] == true;
    for name in LAYERS {
        let listed = pass.doctor["layers"]
            .as_array()
            .is_some_and(|ls| ls.iter().any(|l| l["name"] == *name));
        assert!(
            listed,
            "judge doctor does not list the layer `{name}`: {:#}",
            pass.doctor
        );
    }
    Some(pass)
}

/// Runs one hostile program; returns a row for the summary table and the verdict, or what went
/// wrong.
fn check(pass: &Pass, file: &Path, listener: &Listener) -> Result<(String, String), String> {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    let ext = file.extension().unwrap().to_string_lossy().into_owned();
    let want = util::expected_verdict(file);
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let marker = format!(
        "hostilemark{}n{}{ext}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    );
    let outside = if ext == "py" {
        pass.catalog
            .join("hostile-echo")
            .join(format!("pwned-{marker}"))
    } else {
        pass.home.join(format!("pwned-{marker}"))
    };
    let secret = pass.catalog.join("hostile-echo/problem.yaml");
    let text = std::fs::read_to_string(file)
        .unwrap()
        .replace("@PORT@", &listener.port.to_string())
        .replace("@OUTSIDE@", &outside.display().to_string())
        .replace("@SECRET@", &secret.display().to_string())
        .replace("@MARKER@", &marker)
        .replace("@UNIXSOCK@", &listener.unix_path.display().to_string())
        .replace("@HOMEFILE@", &pass.home_file.display().to_string());
    let sol = pass
        .work
        .join("solutions")
        .join(format!("{stem}_{marker}.{ext}"));
    std::fs::write(&sol, text).unwrap();
    if let Runner::User { name, .. } = &pass.runner {
        let _ = std::process::Command::new("chown")
            .arg(format!("{name}:{name}"))
            .arg(&sol)
            .status();
    }
    let catalog = pass.catalog.display().to_string();
    let sol_s = sol.display().to_string();
    let out = util::run(pass.command(&[
        "--catalog",
        &catalog,
        "run",
        "hostile-echo",
        &sol_s,
        "--format",
        "json",
    ]));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "{name}: not JSON ({e}): {}\n{}",
            util::stdout(&out),
            util::stderr(&out)
        )
    })?;
    let all_output = format!("{}{}", util::stdout(&out), util::stderr(&out));
    // What a compile-time include could have embedded never shows.
    for secret in [
        pass.home_secret.as_str(),
        "misbehaving programs here",
        "root:",
    ] {
        if all_output.contains(secret) {
            return Err(format!(
                "{name}: the output shows {secret:?}:\n{all_output}"
            ));
        }
    }
    let test = &report["tests"][0];
    let got = report["verdict"].as_str().unwrap_or("?").to_string();
    let wall = test["wall_ms"].as_u64().unwrap_or(0);
    let cpu = test["time_ms"].as_u64().unwrap_or(0);
    let judge_mem = report["judge_memory_kib"].as_u64().unwrap_or(u64::MAX);
    let memory = test["memory_kib"].as_u64().unwrap_or(0);
    let detail = test["detail"].as_str().unwrap_or("").to_string();
    let mut skipped = Vec::new();

    // Expectations that rest on a layer are skipped, loudly, where it is missing.
    let needs = |layer: &str| -> bool {
        let on = layer_on(&pass.doctor, layer);
        if !on {
            eprintln!("SKIPPED expectation for {name}: layer `{layer}` is off on this machine");
        }
        on
    };
    let verdict_layer = if stem.contains("include") {
        Some("compile-sandbox")
    } else if stem.contains("read_expected")
        || stem.contains("write_outside")
        || stem.contains("judge_proc")
        || stem.contains("posix_shm")
    {
        Some("landlock-fs")
    } else if stem.contains("unix_socket") {
        Some("no-sockets")
    } else if stem.contains("sysv") || stem.contains("memfd") {
        Some("no-shared-memory")
    } else if stem.contains("one_huge_allocation") {
        Some("memory-requests")
    } else if stem.contains("signal_judge") {
        Some("landlock-scope")
    } else if stem.contains("fork")
        || stem.contains("setsid")
        || stem.contains("spawn")
        || stem.contains("tcp")
        || stem.contains("udp")
    {
        Some("seccomp")
    } else {
        None
    };
    if stem.contains("syntax_check_bomb") && got != want {
        // Newer CPythons parse f-strings in linear time: then this is no bomb.
        match python_compile_cpu(&sol) {
            Some(cpu) if cpu < 5.0 => {
                eprintln!(
                    "SKIPPED expectation for {name}: this Python compiles it in {cpu:.1} s of CPU"
                );
                skipped.push("verdict");
            }
            _ => {
                return Err(format!(
                    "{name}: verdict {got}, expected {want}: {report:#}"
                ))
            }
        }
    } else if verdict_layer.is_none_or(needs) {
        if got != want {
            return Err(format!(
                "{name}: verdict {got}, expected {want}: {report:#}"
            ));
        }
    } else {
        skipped.push("verdict");
    }
    if stem.contains("too_many_threads") && !detail.contains("too many threads") {
        return Err(format!("{name}: the detail does not say why: {detail:?}"));
    }
    // A program that computes is stopped by CPU time: on a loaded machine it may rightly take
    // longer in wall time (time spent waiting for a CPU is not its own). One that idles is
    // stopped at the time limit plus one second; one that keeps a small share of the CPU on
    // purpose (it sleeps, so it never waits for a CPU), at three times the time limit plus one
    // second.
    if cpu > TIME_LIMIT_MS + 1000 {
        return Err(format!(
            "{name}: used {cpu} ms of CPU, more than the time limit plus one second"
        ));
    }
    if stem.contains("sleep") && wall > TIME_LIMIT_MS + 1000 + SLACK_MS {
        return Err(format!(
            "{name}: idle for {wall} ms, more than the time limit plus one second"
        ));
    }
    if (stem.contains("sleep") || stem.contains("share"))
        && wall > 3 * TIME_LIMIT_MS + 1000 + SLACK_MS
    {
        return Err(format!(
            "{name}: ran {wall} ms, more than three times the time limit plus one second"
        ));
    }
    if memory > MEMORY_BOUND_KIB {
        return Err(format!(
            "{name}: was measured at {memory} KiB, the memory limit is {MEMORY_LIMIT_KIB} KiB"
        ));
    }
    let shm = PathBuf::from(format!("/dev/shm/judge-hostile-{marker}"));
    if shm.exists() {
        let _ = std::fs::remove_file(&shm);
        return Err(format!("{name}: left {} behind", shm.display()));
    }
    let run_dirs: Vec<String> = std::fs::read_dir(&pass.tmp)
        .map(|l| {
            l.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    if !run_dirs.is_empty() {
        return Err(format!(
            "{name}: left {run_dirs:?} in the judge's TMPDIR {}",
            pass.tmp.display()
        ));
    }
    if judge_mem > JUDGE_MEMORY_LIMIT_KIB {
        return Err(format!(
            "{name}: the judge's own peak memory was {judge_mem} KiB"
        ));
    }
    if outside.exists() {
        return Err(format!(
            "{name}: wrote {} outside its scratch directory",
            outside.display()
        ));
    }
    if want == "CE" && !report["compile_error"].is_null() {
        let message = report["compile_error"].as_str().unwrap_or("");
        let bomb = stem.contains("bomb") || stem.contains("loop") || stem.contains("huge");
        if bomb && !message.contains("compilation exceeded its limits") {
            return Err(format!(
                "{name}: the compile error does not say why: {message}"
            ));
        }
    }
    let builds: Vec<String> = std::fs::read_dir(pass.home.join("cache/rust"))
        .map(|l| {
            l.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("build-"))
                .collect()
        })
        .unwrap_or_default();
    if !builds.is_empty() {
        return Err(format!(
            "{name}: left build directories {builds:?} in the cache"
        ));
    }
    let left = pgrep_marker(&marker);
    if !left.is_empty() {
        return Err(format!("{name}: processes left after the run:\n{left}"));
    }
    let stray = leftover_solution_processes(&pass.home);
    if !stray.is_empty() {
        return Err(format!(
            "{name}: solution processes outlived their run: {stray:?}"
        ));
    }
    let contained = match want.as_str() {
        "MLE" if stem.contains("huge") => "allocation request refused (seccomp notification)",
        "MLE" => "RLIMIT_DATA / resident-memory poll",
        "WA" => "output comparison (no crash of the judge)",
        "AC" if stem.contains("chmod") => "chmod refused; run directories repaired and removed",
        "AC" => "works as it should",
        "OLE" if stem.contains("scratch") => "scratch quota (bytes and entries)",
        "OLE" => "RLIMIT_FSIZE on the output file",
        "TLE" if stem.contains("sleep") => "wall-clock backstop (idle)",
        "TLE" if stem.contains("share") => "wall-clock backstop (3 TL + 1 s)",
        "TLE" => "CPU-time poll",
        "RE" if stem.contains("threads") && !stem.contains("still_work") => "thread cap",
        "RE" if stem.contains("memory_error") => "verdict from measurements only",
        "CE" if stem.contains("include") => {
            "compile sandbox: reads only toolchain, system, own source"
        }
        "CE" if stem.ends_with("syntax_check_bomb") => "syntax check's CPU limit",
        "CE" => "compile limits (CPU, memory, output)",
        _ => verdict_layer.unwrap_or("runtime error of its own"),
    };
    let row = format!(
        "| {name:<36} | {got:<3} | {cpu:>5} | {wall:>5} | {:>6} | {contained}{} |",
        judge_mem / 1024,
        if skipped.is_empty() {
            ""
        } else {
            " (skipped: verdict)"
        }
    );
    Ok((row, got))
}

fn run_pass(runner: Runner) {
    let who = match &runner {
        Runner::Me => "the current user".to_string(),
        Runner::User { name, .. } => format!("ordinary user `{name}`"),
    };
    let Some(pass) = setup(runner) else { return };
    let listener = Listener::start();
    let mut files: Vec<PathBuf> = std::fs::read_dir(util::fixtures().join("hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("py" | "rs")))
        .collect();
    files.sort();
    if !pass.rust {
        let n = files
            .iter()
            .filter(|f| f.extension().unwrap() == "rs")
            .count();
        eprintln!("SKIPPED {n} Rust cases as {who}: rustc is not available to this user");
        files.retain(|f| f.extension().unwrap() != "rs");
    }
    // One at a time: a leftover check must not see the live run of another case.
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for file in &files {
        match check(&pass, file, &listener) {
            Ok((row, _)) => rows.push(row),
            Err(e) => failures.push(e),
        }
    }
    let tcp = listener.tcp_connections.load(Ordering::SeqCst);
    let unix = listener.unix_connections.load(Ordering::SeqCst);
    let udp = listener.udp_datagrams();
    rows.sort();
    eprintln!(
        "\nhostile suite as {who} (isolation {}):\n| case | verdict | cpu ms | wall ms | judge MiB | contained by |\n|---|---|---|---|---|---|",
        pass.doctor["level"]
    );
    for r in &rows {
        eprintln!("{r}");
    }
    assert!(failures.is_empty(), "as {who}:\n{}", failures.join("\n\n"));
    assert_eq!(tcp, 0, "as {who}: the TCP listener saw {tcp} connections");
    assert_eq!(unix, 0, "as {who}: the unix socket saw {unix} connections");
    assert_eq!(udp, 0, "as {who}: the UDP socket received {udp} datagrams");
    let _ = std::fs::remove_dir_all(&pass.work);
    if let Some(t) = &pass.toolchain {
        let _ = std::fs::remove_dir_all(t);
    }
    if let Some(dir) = listener.unix_path.parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// How many seconds of CPU this machine's `python3` takes to compile `file`.
fn python_compile_cpu(file: &Path) -> Option<f64> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import resource,sys; compile(open(sys.argv[1],'rb').read(),'f','exec'); print(resource.getrusage(resource.RUSAGE_SELF).ru_utime)",
        ])
        .arg(file)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// A copy of this machine's Rust toolchain (its sysroot's `bin` and `lib`, hard-linked where
/// the filesystem allows) in a directory every user can read: what an ordinary user needs to
/// compile when the toolchain is under root's home.
fn shared_toolchain() -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let out = std::process::Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let dir = tempfile::Builder::new()
        .prefix("judge-hostile-toolchain-")
        .tempdir()
        .ok()?
        .keep();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).ok()?;
    for part in ["bin", "lib"] {
        let copied = ["-al", "-a"].iter().any(|how| {
            std::process::Command::new("cp")
                .arg(how)
                .arg(sysroot.join(part))
                .arg(&dir)
                .status()
                .is_ok_and(|s| s.success())
        });
        if !copied {
            eprintln!(
                "SKIPPED the shared toolchain: cannot copy {}",
                sysroot.display()
            );
            let _ = std::fs::remove_dir_all(&dir);
            return None;
        }
    }
    Some(dir)
}

/// Every hostile Python fixture through the fork-server (required: no silent fallback) and
/// through exec: each passes every check of the suite both ways, with the same verdict.
#[test]
fn hostile_python_fixtures_get_the_same_verdicts_through_the_fork_server_and_exec() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(util::fixtures().join("hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let listener = Listener::start();
    let mut verdicts = Vec::new();
    for mode in ["1", "0"] {
        let Some(mut pass) = setup(Runner::Me) else {
            return;
        };
        if mode == "1" && pass.doctor["python"]["fork_server"]["ok"] != true {
            eprintln!(
                "SKIPPED: no fork-server here: {}",
                pass.doctor["python"]["fork_server"]
            );
            return;
        }
        pass.fork_server = Some(mode);
        let mut got = Vec::new();
        for file in &files {
            match check(&pass, file, &listener) {
                Ok((_, verdict)) => got.push(verdict),
                Err(e) => panic!("JUDGE_FORK_SERVER={mode}: {e}"),
            }
        }
        verdicts.push(got);
        let _ = std::fs::remove_dir_all(&pass.work);
    }
    for (i, file) in files.iter().enumerate() {
        assert_eq!(
            verdicts[0][i],
            verdicts[1][i],
            "{}: fork-server and exec disagree",
            file.display()
        );
    }
    assert_eq!(listener.tcp_connections.load(Ordering::SeqCst), 0);
    assert_eq!(listener.udp_datagrams(), 0);
}

/// A solution's globals, imports and files never reach the next test: each test of a
/// fork-server is a fresh child that runs the module afresh, in an emptied scratch directory.
#[test]
fn no_state_leaks_between_tests_of_a_fork_server() {
    let j = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalog");
    std::fs::create_dir_all(catalog.join("state-add")).unwrap();
    std::fs::create_dir_all(catalog.join("state-echo")).unwrap();
    let mut add = String::from(
        "format_version: 1\ntitle: state add\ndifficulty: easy\nkind: function\nstatement: Return a + b.\nsignature:\n  function: add\n  params:\n    - {name: a, type: int}\n    - {name: b, type: int}\n  returns: int\ntests:\n",
    );
    let mut echo = String::from(
        "format_version: 1\ntitle: state echo\ndifficulty: easy\nstatement: Print the input.\ntests:\n",
    );
    for i in 1..=6 {
        add += &format!(
            "  - name: t{i}\n    input: {{a: {i}, b: 1}}\n    output: {}\n",
            i + 1
        );
        echo += &format!("  - name: t{i}\n    input: \"{i}\"\n    output: \"{i}\"\n");
    }
    std::fs::write(catalog.join("state-add/problem.yaml"), add).unwrap();
    std::fs::write(catalog.join("state-echo/problem.yaml"), echo).unwrap();
    // Wrong from the second test on if anything of an earlier test is still there.
    let add_sol = dir.path().join("add.py");
    std::fs::write(
        &add_sol,
        "import sys, random\ncalls = []\nclass Solution:\n    seen = 0\n    def add(self, a, b):\n        calls.append(1)\n        Solution.seen += 1\n        extra = len(calls) - 1 + Solution.seen - 1 + len(sys.modules.setdefault('leak', []))\n        sys.modules['leak'].append(1)\n        return a + b + extra + (random.random() != random.Random(0).random())\n",
    )
    .unwrap();
    let echo_sol = dir.path().join("echo.py");
    std::fs::write(
        &echo_sol,
        "import os, sys\nleft = len(os.listdir('.')) + len(sys.modules.setdefault('leak', []))\nsys.modules['leak'].append(1)\nopen('mark', 'w').write('x')\nprint(int(input()) + left)\n",
    )
    .unwrap();
    for mode in ["1", "0"] {
        for (slug, sol) in [("state-add", &add_sol), ("state-echo", &echo_sol)] {
            let mut cmd = j.cmd();
            cmd.env("JUDGE_FORK_SERVER", mode)
                .arg("--catalog")
                .arg(&catalog)
                .args(["run", slug])
                .arg(sol)
                .args(["--jobs", "2", "--format", "json"]);
            let out = util::run(cmd);
            let report: serde_json::Value = serde_json::from_slice(&out.stdout)
                .unwrap_or_else(|e| panic!("{e}: {}{}", util::stdout(&out), util::stderr(&out)));
            assert_eq!(
                report["verdict"], "AC",
                "JUDGE_FORK_SERVER={mode} {slug}: {report:#}"
            );
        }
    }
}

fn ensure_user(name: &str) -> Option<u32> {
    let id = |n: &str| {
        std::process::Command::new("id")
            .args(["-u", n])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
    };
    if let Some(uid) = id(name) {
        return Some(uid);
    }
    let created = std::process::Command::new("useradd")
        .args([
            "--system",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            name,
        ])
        .status()
        .is_ok_and(|s| s.success());
    if created {
        id(name)
    } else {
        None
    }
}

#[test]
fn hostile_submissions_are_contained() {
    run_pass(Runner::Me);
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| {
        use std::os::unix::fs::MetadataExt;
        m.uid() == 0
    });
    if !root {
        eprintln!("(running as an ordinary user: the root pass, which runs solutions as nobody, needs root)");
        return;
    }
    let has_setpriv = std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok();
    match (ensure_user("judge-hostile"), has_setpriv) {
        (Some(_), true) => run_pass(Runner::User {
            name: "judge-hostile".to_string(),
        }),
        _ => eprintln!("SKIPPED the ordinary-user pass: cannot create the user or find setpriv"),
    }
}

/// Names of the run directories (`judge-*`) in `dir`.
fn run_dirs_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("judge-"))
        .map(|e| e.path())
        .collect()
}

#[test]
fn run_directories_of_a_killed_judge_are_removed_by_the_next_judge() {
    let tmp = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let catalog = util::fixtures().join("hostile-catalog");
    let sleeper = work.path().join("sleeper.py");
    std::fs::write(&sleeper, "import time\ntime.sleep(3600)\n").unwrap();
    let echo = work.path().join("echo.py");
    std::fs::write(&echo, "print(input())\n").unwrap();
    let j = Judge::new();
    let judge = |sol: &Path| {
        let mut cmd = j.cmd();
        cmd.env("TMPDIR", tmp.path())
            .arg("--catalog")
            .arg(&catalog)
            .args(["run", "hostile-echo"])
            .arg(sol)
            .args(["--format", "json"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd
    };

    // A judge killed in the middle of a test leaves its run directories behind.
    let mut killed = judge(&sleeper).spawn().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !run_dirs_in(tmp.path()).iter().any(|d| {
        d.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("judge-run-")
    }) {
        assert!(
            std::time::Instant::now() < deadline,
            "no run directory appeared"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    killed.kill().unwrap();
    killed.wait().unwrap();
    let left = run_dirs_in(tmp.path());
    assert!(
        left.len() >= 2,
        "expected the run's and the test's directories: {left:?}"
    );

    // Another judge, alive, holds the lock of its own directory: that one must stay.
    let live = tmp.path().join("judge-live");
    std::fs::create_dir(&live).unwrap();
    let live_lock = live.join(".judge-run.lock");
    std::fs::write(&live_lock, "").unwrap();
    let mut holder = std::process::Command::new("flock")
        .arg(&live_lock)
        .args(["sleep", "60"])
        .spawn()
        .expect("flock(1) holds the lock");
    std::thread::sleep(std::time::Duration::from_millis(200));

    // Directories younger than a few seconds are never swept: their judge may be starting.
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for d in left.iter().chain([&live]) {
        std::fs::File::options()
            .write(true)
            .open(d.join(".judge-run.lock"))
            .unwrap()
            .set_modified(an_hour_ago)
            .unwrap();
    }
    let out = judge(&echo).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(
        run_dirs_in(tmp.path()),
        vec![live],
        "stale run directories were not removed"
    );
}

/// Control characters and escape sequences from a solution's stdout and stderr are shown as
/// `\x1b`, never sent raw, so a solution cannot clear the screen, set the title, write the
/// clipboard or forge the judge's summary line (hardening issue, item 13).
#[test]
fn a_solution_cannot_write_to_the_terminal() {
    let judge = Judge::new();
    let catalog = util::fixtures().join("hostile-catalog");
    let file = util::fixtures().join("hostile/wa_forged_report.py");
    let mut cmd = judge.cmd();
    cmd.arg("--color").arg("never");
    cmd.arg("--catalog")
        .arg(&catalog)
        .arg("run")
        .arg("hostile-echo")
        .arg(&file);
    let out = util::run(cmd);
    let text = String::from_utf8_lossy(&out.stdout);
    let all = format!("{text}{}", util::stderr(&out));
    for raw in ['\x1b', '\x07', '\r', '\u{9b}', '\u{202e}'] {
        assert!(!all.contains(raw), "{raw:?} reached the terminal:\n{all:?}");
    }
    assert!(
        text.contains("\\x1b[2J"),
        "the escape is shown visibly:\n{text}"
    );
    assert!(
        text.contains("\\x1b[1A"),
        "stderr's escape is shown visibly:\n{text}"
    );
    let forged: Vec<_> = text
        .lines()
        .filter(|l| l.starts_with("AC") || l.starts_with("\\rAC"))
        .collect();
    assert!(
        forged.is_empty(),
        "a forged report line: {forged:?}\n{text}"
    );
    assert!(
        text.lines().last().unwrap_or("").starts_with("WA"),
        "{text}"
    );
}
