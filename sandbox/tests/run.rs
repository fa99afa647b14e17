//! Drives the launcher binary through `Sandbox::run` with small shell and Python programs.

use std::time::{Duration, Instant};

use sandbox::{Command, LimitKind, Limits, Sandbox, Stdin, Termination};

fn sandbox() -> Sandbox {
    Sandbox::new(env!("CARGO_BIN_EXE_sandbox-launcher"))
}

fn sh(script: &str) -> Command {
    Command::new("/bin/sh")
        .arg("-c")
        .arg(script)
        .env("PATH", "/usr/bin:/bin")
}

fn limits(cpu_ms: u64) -> Limits {
    Limits {
        output_bytes: 1 << 20,
        memory_bytes: Some(128 << 20),
        ..Limits::with_cpu(Duration::from_millis(cpu_ms))
    }
}

#[test]
fn captures_stdout_stdin_and_exit_code() {
    let out = sandbox()
        .run(&sh("cat; echo err >&2; exit 3").stdin(Stdin::Bytes(b"hello\n".to_vec())))
        .unwrap();
    assert_eq!(out.termination, Termination::Exited(3));
    assert_eq!(out.stdout, b"hello\n");
    assert_eq!(out.stderr_tail, b"err\n");
    assert!(out.limits_hit.is_empty(), "{:?}", out.limits_hit);
}

#[test]
fn environment_is_only_what_was_given() {
    let out = sandbox().run(&sh("env")).unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("PATH=/usr/bin:/bin"), "{text}");
    assert!(!text.contains("HOME="), "{text}");
}

#[test]
fn runs_in_a_fresh_scratch_directory() {
    let cmd = sh("pwd; ls").scratch_file("given.txt", b"x".to_vec());
    let out = sandbox().run(&cmd).unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("/scratch\n"), "{text}");
    assert!(text.contains("given.txt"), "{text}");
}

#[test]
fn busy_loop_hits_the_cpu_limit() {
    let start = Instant::now();
    let l = limits(300);
    let out = sandbox()
        .run(&sh("while :; do :; done").limits(l.clone()))
        .unwrap();
    // On a machine so loaded that it gets less than a third of a core, the wall-clock bound
    // (3 x the limit + 1 s) comes first.
    assert!(
        out.hit(LimitKind::Cpu) || (out.hit(LimitKind::Wall) && out.wall >= l.wall()),
        "{out:?}"
    );
    assert!(
        out.hit(LimitKind::Wall) || out.cpu >= Duration::from_millis(300),
        "{out:?}"
    );
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn sleeping_hits_the_wall_backstop_without_using_cpu() {
    let out = sandbox()
        .run(&Command::new("/bin/sleep").arg("30").limits(limits(200)))
        .unwrap();
    assert!(out.hit(LimitKind::Wall), "{out:?}");
    assert!(!out.hit(LimitKind::Cpu), "{out:?}");
    assert!(out.wall < Duration::from_secs(5), "{out:?}");
}

#[test]
fn output_flood_stops_at_the_cap() {
    let out = sandbox()
        .run(&Command::new("/usr/bin/yes").limits(limits(2000)))
        .unwrap();
    assert!(out.hit(LimitKind::Output), "{out:?}");
    assert_eq!(out.stdout.len(), 1 << 20);
    assert_eq!(out.stdout_bytes, (1 << 20) + 1);
}

#[test]
fn orphans_that_leave_the_session_are_killed() {
    let marker = format!("judge-orphan-test-{}", std::process::id());
    // The daemon outlives its parent in a session of its own; the launcher must still kill it.
    let script = format!("setsid sh -c 'exec -a {marker} sleep 60' & echo started");
    let out = sandbox().run(&sh(&script).limits(limits(1000))).unwrap();
    assert_eq!(out.termination, Termination::Exited(0));
    assert!(out.leftover_processes >= 1, "{out:?}");
    let ps = std::process::Command::new("pgrep")
        .arg("-f")
        .arg(&marker)
        .output()
        .unwrap();
    assert!(
        ps.stdout.is_empty(),
        "still alive: {}",
        String::from_utf8_lossy(&ps.stdout)
    );
}

#[test]
fn a_missing_program_is_reported_not_started() {
    let out = sandbox().run(&Command::new("/nonexistent/prog")).unwrap();
    match out.termination {
        Termination::NotStarted(msg) => assert!(msg.contains("No such file"), "{msg}"),
        other => panic!("expected NotStarted, got {other:?}"),
    }
}

#[test]
fn memory_limit_stops_a_growing_allocation() {
    let Ok(python) = which("python3") else {
        eprintln!("skipped: python3 not found");
        return;
    };
    let code = "x=[]\nwhile True: x.append(bytearray(1<<20))";
    let out = sandbox()
        .run(
            &Command::new(python)
                .arg("-c")
                .arg(code)
                .limits(limits(5000)),
        )
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr_tail);
    assert!(
        stderr.contains("MemoryError") || out.hit(LimitKind::Memory),
        "{out:?}"
    );
    assert!(out.peak_memory_kib < 200 * 1024, "{out:?}");
}

#[test]
fn peak_memory_is_the_programs_own() {
    let out = sandbox().run(&Command::new("/bin/true")).unwrap();
    assert!(out.peak_memory_kib < 16 * 1024, "{out:?}");
}

fn which(name: &str) -> Result<std::path::PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .ok_or(())
}

fn python() -> Option<std::path::PathBuf> {
    // The system's interpreter rather than a version manager's shim script.
    let system = std::path::PathBuf::from("/usr/bin/python3");
    let found = if system.is_file() {
        Some(system)
    } else {
        which("python3").ok()
    };
    if found.is_none() {
        eprintln!("skipped: python3 not found");
    }
    found
}

fn py(python: &std::path::Path, code: &str) -> Command {
    Command::new(python).args(["-S", "-c", code])
}

/// The layers the probe finds on this machine (seccomp, Landlock, allocation requests).
fn hardened() -> Sandbox {
    let iso = sandbox().probe().expect("probe");
    sandbox().with_layers(iso.apply)
}

#[test]
fn a_program_at_a_low_cpu_share_stops_at_three_times_the_limit_plus_one_second() {
    let Some(python) = python() else { return };
    // About 15% of a core: never idle, far from its CPU limit.
    let code = "import time\nwhile True:\n t=time.monotonic()\n while time.monotonic()-t<0.005: pass\n time.sleep(0.03)";
    let l = limits(300);
    let out = sandbox().run(&py(&python, code).limits(l.clone())).unwrap();
    // Stopped at 3 x the limit + 1 s, or earlier if a loaded machine gave it so little CPU
    // that it looked idle past the limit + 1 s.
    assert!(out.hit(LimitKind::Wall), "{out:?}");
    assert!(!out.hit(LimitKind::Cpu), "{out:?}");
    assert!(out.wall >= l.idle_deadline(), "{out:?}");
    assert!(out.wall < l.wall() + Duration::from_millis(500), "{out:?}");
}

#[test]
fn an_accepted_program_is_not_stopped_next_to_two_cpu_hogs() {
    let Some(python) = python() else { return };
    let mut hogs: Vec<std::process::Child> = (0..2)
        .map(|_| {
            std::process::Command::new("/bin/sh")
                .args(["-c", "while :; do :; done"])
                .spawn()
                .unwrap()
        })
        .collect();
    // About 0.6 s of CPU against a 1 s limit, while two hogs want the same cores.
    let code =
        "import time\nt=time.process_time()\nwhile time.process_time()-t<0.6: pass\nprint('done')";
    let out = sandbox().run(&py(&python, code).limits(limits(1000)));
    for h in &mut hogs {
        let _ = h.kill();
        let _ = h.wait();
    }
    let out = out.unwrap();
    assert!(out.success(), "{out:?}");
    assert_eq!(out.stdout, b"done\n");
}

/// On a machine far busier than two hogs per core, a program gets a small share of its CPU and
/// needs more than three times its CPU limit of wall time; the time it waits for a CPU is the
/// machine's, not its own, so it still finishes (the wall-clock deadlines count only its own).
#[test]
fn an_accepted_program_is_not_stopped_when_it_waits_for_a_cpu() {
    let Some(python) = python() else { return };
    let Some(taskset) = ["/usr/bin/taskset", "/bin/taskset"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
    else {
        eprintln!("skipped: taskset is not installed");
        return;
    };
    // Eight hogs and the program share CPU 0: the program gets about a ninth of it, so 0.6 s of
    // CPU takes about 5 s, past the 4 s that three times its 1 s limit plus one second allow.
    // Each hog has its own session, as the program has: the scheduler shares a CPU between
    // sessions first (autogroups), so hogs in the test's own session would count as one.
    let mut hogs: Vec<std::process::Child> = (0..8)
        .map(|_| {
            std::process::Command::new(taskset)
                .args(["-c", "0", "setsid", "/bin/sh", "-c", "while :; do :; done"])
                .spawn()
                .unwrap()
        })
        .collect();
    let code =
        "import time\nt=time.process_time()\nwhile time.process_time()-t<0.6: pass\nprint('done')";
    let cmd = Command::new(taskset)
        .args(["-c", "0"])
        .arg(&python)
        .args(["-c", code])
        .limits(limits(1000));
    let out = sandbox().run(&cmd);
    for h in &mut hogs {
        let _ = h.kill();
        let _ = h.wait();
    }
    let out = out.unwrap();
    assert!(out.success(), "{out:?}");
    assert_eq!(out.stdout, b"done\n");
    assert!(
        out.wall > Duration::from_secs(4),
        "the hogs did not slow it down: {out:?}"
    );
}

#[test]
fn threaded_python_works_under_a_small_memory_limit() {
    let Some(python) = python() else { return };
    let code = "import threading\nts=[threading.Thread(target=sum,args=(range(10**5),)) for _ in range(16)]\n[t.start() for t in ts]\n[t.join() for t in ts]\nprint('ok')";
    let l = Limits {
        memory_bytes: Some(64 << 20),
        ..limits(5000)
    };
    let out = sandbox().run(&py(&python, code).limits(l)).unwrap();
    assert!(
        out.success(),
        "{out:?} {}",
        String::from_utf8_lossy(&out.stderr_tail)
    );
}

#[test]
fn a_stack_limit_set_at_start_is_in_place_before_the_program_runs() {
    // A program that sizes its own threads' stacks gets its main thread's limit at exec (3/4
    // of the memory limit), so a runaway recursion overflows it however late the supervisor
    // runs; the program's very first instructions already see it.
    let Some(python) = python() else { return };
    let code = "import resource\nprint(resource.getrlimit(resource.RLIMIT_STACK)[0])";
    let l = Limits {
        memory_bytes: Some(64 << 20),
        ..limits(5000)
    };
    let out = sandbox()
        .run(&py(&python, code).limits(l).stack_at_start())
        .unwrap();
    assert!(out.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        (48u64 << 20).to_string()
    );
}

#[test]
fn deep_recursion_still_gets_most_of_the_memory_limit_as_stack() {
    let Some(python) = python() else { return };
    // 3.11+ keeps Python frames off the C stack, so recurse through a C function instead.
    let code = "import sys\nsys.setrecursionlimit(10**6)\nimport json\na=[]\nfor i in range(100000):\n a=[a]\nprint(len(json.dumps(a))>0)";
    let out = sandbox()
        .run(&py(&python, code).limits(limits(5000)))
        .unwrap();
    assert!(
        out.success(),
        "{out:?} {}",
        String::from_utf8_lossy(&out.stderr_tail)
    );
}

#[test]
fn threads_past_the_cap_are_stopped() {
    let Some(python) = python() else { return };
    let code = "import threading,time\nthreading.stack_size(128*1024)\nts=[threading.Thread(target=time.sleep,args=(1,)) for _ in range(100)]\n[t.start() for t in ts]\n[t.join() for t in ts]\nprint('ok')";
    let l = Limits {
        threads: 20,
        ..limits(5000)
    };
    let out = sandbox().run(&py(&python, code).limits(l)).unwrap();
    assert!(out.hit(LimitKind::Threads), "{out:?}");
    assert!(out.peak_threads > 20, "{out:?}");
}

#[test]
fn the_scratch_quota_covers_all_files_and_entries() {
    let many =
        sh("for i in $(seq 40); do head -c 1048576 /dev/zero > f$i || exit 9; done; echo done");
    let l = Limits {
        scratch_bytes: 16 << 20,
        ..limits(5000)
    };
    let out = sandbox().run(&many.limits(l.clone())).unwrap();
    assert!(out.hit(LimitKind::Scratch), "{out:?}");
    assert!(
        out.scratch_bytes > 16 << 20 && out.scratch_bytes < 40 << 20,
        "{out:?}"
    );

    let entries = sh("i=0; while [ $i -lt 3000 ]; do : > e$i; i=$((i+1)); done; echo done");
    let l = Limits {
        scratch_entries: 500,
        ..limits(5000)
    };
    let out = sandbox().run(&entries.limits(l)).unwrap();
    assert!(out.hit(LimitKind::Scratch), "{out:?}");

    // Files placed by the caller do not count.
    let given = sh("echo ok").scratch_file("big", vec![7u8; 4 << 20]);
    let l = Limits {
        scratch_bytes: 1 << 20,
        ..limits(1000)
    };
    let out = sandbox().run(&given.limits(l)).unwrap();
    assert!(out.success(), "{out:?}");
}

#[test]
fn memory_is_measured_after_the_main_thread_exits() {
    let Some(python) = python() else { return };
    let code = "import ctypes,mmap,threading,time\ndef f():\n time.sleep(0.05)\n m=mmap.mmap(-1,1<<30)\n for o in range(0,1<<30,4096): m[o]=1\n print('filled')\nthreading.Thread(target=f).start()\nctypes.CDLL(None).pthread_exit(None)";
    let out = sandbox()
        .run(&py(&python, code).limits(limits(5000)))
        .unwrap();
    assert!(out.hit(LimitKind::Memory), "{out:?}");
    assert!(out.peak_memory_kib < 512 * 1024, "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn one_allocation_past_the_limit_is_measured_not_guessed() {
    let Some(python) = python() else { return };
    let sb = hardened();
    if !sb.layers().memory_requests {
        eprintln!("skipped: no seccomp user notification here");
        return;
    }
    let out = sb
        .run(&py(&python, "b = bytearray(4 << 30)").limits(limits(5000)))
        .unwrap();
    assert!(out.hit(LimitKind::Memory), "{out:?}");
    assert!(
        out.refused_allocation_bytes.is_some_and(|b| b >= 4 << 30),
        "{out:?}"
    );
    assert!(out.peak_memory_kib < 64 * 1024, "{out:?}");

    // Saying so is not enough.
    let out = sb
        .run(
            &py(
                &python,
                "import sys\nprint('MemoryError', file=sys.stderr)\nsys.exit(1)",
            )
            .limits(limits(5000)),
        )
        .unwrap();
    assert!(!out.hit(LimitKind::Memory), "{out:?}");

    // Ordinary large allocations under the limit go through.
    let out = sb
        .run(&py(&python, "b = bytearray(50 << 20)\nprint(len(b))").limits(limits(5000)))
        .unwrap();
    assert!(
        out.success(),
        "{out:?} {}",
        String::from_utf8_lossy(&out.stderr_tail)
    );
}

#[test]
fn sockets_shared_memory_and_fallocate_are_refused() {
    let Some(python) = python() else { return };
    let sb = hardened();
    if !sb.layers().seccomp {
        eprintln!("skipped: no seccomp here");
        return;
    }
    let code = r#"
import ctypes, os, socket
libc = ctypes.CDLL(None, use_errno=True)
refused = []
for name, f in [
    ("unix socket", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)),
    ("socketpair", lambda: socket.socketpair()),
    ("memfd", lambda: os.memfd_create("x")),
]:
    try:
        f()
    except OSError:
        refused.append(name)
for name, r in [("shmget", libc.shmget(0, 1 << 20, 0o1600)), ("msgget", libc.msgget(0, 0o1600)), ("semget", libc.semget(0, 1, 0o1600))]:
    if r < 0:
        refused.append(name)
fd = os.open("f", os.O_CREAT | os.O_WRONLY)
if libc.fallocate(fd, 0, ctypes.c_long(0), ctypes.c_long(1 << 30)) != 0:
    refused.append("fallocate")
print(",".join(refused))
"#;
    let out = sb.run(&py(&python, code).limits(limits(5000))).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "unix socket,socketpair,memfd,shmget,msgget,semget,fallocate",
        "{out:?}"
    );
}

#[test]
fn a_program_that_locks_its_run_directory_is_still_judged_and_removed() {
    let root = tempfile::tempdir().unwrap();
    let sb = sandbox().with_temp_root(root.path());
    let cmd =
        sh("mkdir locked blind; chmod 300 blind; : > blind/f; chmod 000 locked . ..; echo done");
    let out = sb.run(&cmd).unwrap();
    assert_eq!(out.termination, Termination::Exited(0), "{out:?}");
    assert_eq!(out.stdout, b"done\n");
    let left: Vec<_> = std::fs::read_dir(root.path()).unwrap().flatten().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// A program file still open for writing somewhere (the judge has just copied a compiled
/// solution, and a process it forked meanwhile holds the copy until it execs) makes exec fail
/// with ETXTBSY for a moment: the launcher waits for it instead of reporting "cannot execute".
#[test]
fn a_program_briefly_open_for_writing_still_runs() {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("prog");
    let mut file = std::fs::File::create(&program).unwrap();
    file.write_all(b"#!/bin/sh\necho ran\n").unwrap();
    file.flush().unwrap();
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    // Held open for writing for 300 ms while the run starts.
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        drop(file);
    });
    let out = sandbox()
        .run(&Command::new(&program).env("PATH", "/usr/bin:/bin"))
        .unwrap();
    holder.join().unwrap();
    assert_eq!(out.termination, Termination::Exited(0), "{out:?}");
    assert_eq!(out.stdout, b"ran\n");
}

/// A compiler's limits: it may start processes (its linker), within a cap.
fn compiler_limits(processes: u64) -> Limits {
    Limits {
        processes,
        file_bytes: Some(8 << 20),
        ..limits(5000)
    }
}

#[test]
fn a_program_that_may_start_processes_is_held_to_the_process_cap() {
    let ok = hardened()
        .run(&sh("/bin/echo child | /bin/cat").limits(compiler_limits(4)))
        .unwrap();
    assert!(ok.success(), "{ok:?}");
    assert_eq!(ok.stdout, b"child\n");
    let many = hardened()
        .run(&sh("for i in 1 2 3 4 5 6 7 8; do sleep 3 & done; wait").limits(compiler_limits(4)))
        .unwrap();
    assert!(many.hit(LimitKind::Processes), "{many:?}");
    assert!(many.wall < Duration::from_secs(3), "{many:?}");
}

#[test]
fn without_the_process_allowance_the_same_program_cannot_fork() {
    let iso = sandbox().probe().expect("probe");
    if !iso.apply.seccomp {
        eprintln!("skipped: no seccomp on this machine");
        return;
    }
    let out = hardened()
        .run(&sh("/bin/echo child | /bin/cat").limits(limits(5000)))
        .unwrap();
    assert!(!out.success(), "{out:?}");
    assert_ne!(out.stdout, b"child\n");
}

#[test]
fn a_compiler_writes_large_files_in_scratch_but_its_output_is_still_capped() {
    // 4 MiB into a scratch file: more than the 1 MiB output cap, within the file limit.
    let big = hardened()
        .run(&sh("head -c 4194304 /dev/urandom > big; wc -c < big").limits(compiler_limits(4)))
        .unwrap();
    assert!(big.success(), "{big:?}");
    assert_eq!(String::from_utf8_lossy(&big.stdout).trim(), "4194304");
    // The same to stdout passes the output cap.
    let flood = hardened()
        .run(&sh("head -c 4194304 /dev/urandom; sleep 1").limits(compiler_limits(4)))
        .unwrap();
    assert!(flood.hit(LimitKind::Output), "{flood:?}");
    // Past the file limit: stopped by the file-size rlimit.
    let huge = hardened()
        .run(&sh("head -c 16777216 /dev/urandom > big").limits(compiler_limits(4)))
        .unwrap();
    assert!(!huge.success(), "{huge:?}");
}

#[test]
fn a_kept_file_leaves_the_run_and_stderr_can_follow_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("binary");
    let cmd = sh("echo out; echo err >&2; echo built > out.bin; ln -s /etc/passwd link")
        .limits(compiler_limits(4))
        .merge_stderr()
        .keep_file("out.bin", &dest);
    let out = hardened().run(&cmd).unwrap();
    assert!(out.success(), "{out:?}");
    assert_eq!(out.stdout, b"out\nerr\n");
    assert!(out.kept);
    assert_eq!(std::fs::read(&dest).unwrap(), b"built\n");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o755);
    // A symlink the program left is never followed out of the run.
    let link = dir.path().join("link");
    let cmd = sh("ln -s /etc/passwd x")
        .limits(compiler_limits(4))
        .keep_file("x", &link);
    let out = hardened().run(&cmd).unwrap();
    assert!(!out.kept);
    assert!(!link.exists());
}
