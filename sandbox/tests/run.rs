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
    let out = sandbox()
        .run(&sh("while :; do :; done").limits(limits(300)))
        .unwrap();
    assert!(out.hit(LimitKind::Cpu), "{out:?}");
    assert!(out.cpu >= Duration::from_millis(300), "{out:?}");
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
