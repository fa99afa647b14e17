//! The fork-server protocol, driven with a tiny Python zygote: one interpreter, a fork per run,
//! every run supervised and measured as an exec'd one.

use std::time::Duration;

use sandbox::{Command, LimitKind, Limits, Sandbox, Stdin, Termination};

fn sandbox() -> Sandbox {
    let plain = Sandbox::new(env!("CARGO_BIN_EXE_sandbox-launcher"));
    let iso = plain.probe().expect("probe");
    plain.with_layers(iso.apply)
}

/// The smallest zygote: the protocol of the sandbox's server module, and a child that installs
/// the filter it was sent, then runs the Python source given as its stdin's first line.
const ZYGOTE: &str = r#"
import ctypes, json, os, resource, socket, sys
ctl = socket.socket(fileno=3)
bpf = ctl.recv(65536)
libc = ctypes.CDLL(None, use_errno=True)
class Prog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]
buf = ctypes.create_string_buffer(bpf, len(bpf))
prog = Prog(len(bpf) // 8, ctypes.cast(buf, ctypes.c_void_p))
if os.environ.get("REFUSE"):
    ctl.send(b"unavailable " + os.environ["REFUSE"].encode())
    sys.exit(0)
counter = [0]
ctl.send(b"ready")
while True:
    msg, anc, _, _ = ctl.recvmsg(65536, socket.CMSG_SPACE(12))
    if not msg:
        break
    fds = []
    for level, kind, data in anc:
        fds += [int.from_bytes(data[i:i + 4], sys.byteorder) for i in range(0, len(data), 4)]
    lim = json.loads(msg)
    counter[0] += 1
    pid = os.fork()
    if pid == 0:
        os.setsid()
        for i, fd in enumerate(fds):
            os.dup2(fd, i)
        os.closerange(3, 256)
        resource.setrlimit(resource.RLIMIT_CPU, (lim["cpu"], lim["cpu"] + 1))
        if libc.prctl(22, 2, ctypes.byref(prog), 0, 0) != 0:
            os._exit(99)
        code = 0
        try:
            exec(sys.stdin.readline(), {"__name__": "__main__", "counter": counter})
        except SystemExit as e:
            code = e.code or 0
        except BaseException as e:
            print(type(e).__name__, e, file=sys.stderr)
            code = 1
        sys.stdout.flush()
        os._exit(code)
    for fd in fds:
        os.close(fd)
    ctl.send(b"pid %d" % pid)
    reap = ctl.recv(64)
    _, status, ru = os.wait4(pid, 0)
    if not reap:
        break
    ctl.send(b"exit %d %d %d" % (status, int((ru.ru_utime + ru.ru_stime) * 1e6), ru.ru_maxrss))
"#;

fn zygote() -> Command {
    Command::new("/usr/bin/python3")
        .args(["-S", "-s", "-B", "-c", ZYGOTE])
        .env("PATH", "/usr/bin:/bin")
        .limits(limits(1000))
}

fn limits(cpu_ms: u64) -> Limits {
    Limits {
        output_bytes: 1 << 20,
        memory_bytes: Some(256 << 20),
        ..Limits::with_cpu(Duration::from_millis(cpu_ms))
    }
}

fn run(server: &mut sandbox::Server, line: &str, cpu_ms: u64) -> sandbox::Outcome {
    let cmd = Command::new("unused")
        .stdin(Stdin::Bytes(format!("{line}\n").into_bytes()))
        .limits(limits(cpu_ms));
    server.run(&cmd).expect("the server runs it")
}

#[test]
fn runs_many_programs_from_one_prepared_interpreter() {
    if !std::path::Path::new("/usr/bin/python3").exists() {
        eprintln!("SKIPPED: no /usr/bin/python3");
        return;
    }
    let mut server = sandbox().start_server(&zygote()).unwrap().unwrap();
    // Each run is a fresh child: what one run changes, the next does not see.
    for i in 0..3 {
        let out = run(
            &mut server,
            "counter[0] += 100; print(counter[0]); import sys; sys.exit(4)",
            1000,
        );
        assert_eq!(out.termination, Termination::Exited(4), "{out:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            format!("{}", i + 101)
        );
        assert!(out.peak_memory_kib > 1000, "{out:?}");
    }
    // The filter the child installed forbids creating processes.
    let out = run(&mut server, "import os; os.fork()", 1000);
    assert_eq!(out.termination, Termination::Exited(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr_tail).contains("PermissionError"),
        "{out:?}"
    );
    // Supervised as an exec'd run: the CPU limit, the scratch directory, the wall clock.
    let out = run(&mut server, "while True: pass", 300);
    assert!(
        out.hit(LimitKind::Cpu) || out.hit(LimitKind::Wall),
        "{out:?}"
    );
    let out = run(&mut server, "import time; time.sleep(30)", 200);
    assert!(out.hit(LimitKind::Wall), "{out:?}");
    let out = run(
        &mut server,
        "open('left.txt', 'w').write('x'); import os; print(os.listdir('.'))",
        1000,
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "['left.txt']");
    let out = run(&mut server, "import os; print(os.listdir('.'))", 1000);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "[]",
        "scratch is emptied"
    );
    assert!(server.alive());
}

#[test]
fn a_run_that_kills_its_zygote_fails_and_ends_the_server() {
    if !std::path::Path::new("/usr/bin/python3").exists() {
        return;
    }
    let mut server = sandbox().start_server(&zygote()).unwrap().unwrap();
    // This zygote does not scope the child's signals: the child can kill it.
    let out = run(&mut server, "import os, signal, time; os.kill(os.getppid(), signal.SIGKILL); time.sleep(0.2); print('still here')", 1000);
    assert_eq!(out.termination, Termination::Signaled(9), "{out:?}");
    assert!(!server.alive());
    assert!(server.run(&Command::new("unused")).is_err());
}

#[test]
fn a_zygote_that_cannot_apply_its_layers_says_why() {
    if !std::path::Path::new("/usr/bin/python3").exists() {
        return;
    }
    let cmd = zygote().env("REFUSE", "no ctypes here");
    let why = sandbox()
        .start_server(&cmd)
        .unwrap()
        .err()
        .expect("unavailable");
    assert_eq!(why, "no ctypes here");
    let missing = Command::new("/nonexistent/python3");
    let why = sandbox()
        .start_server(&missing)
        .unwrap()
        .err()
        .expect("unavailable");
    assert!(why.contains("cannot execute"), "{why}");
}
