//! Thin wrappers over the Linux system calls the launcher needs. All `unsafe` of the project is
//! in this file; each block says why it is sound.
//!
//! (Between fork and exec the child calls into the `landlock` and `seccompiler` crates; the
//! launcher is single-threaded, so that is sound even though they allocate.)

use std::ffi::CString;
use std::io;
use std::time::Duration;

fn check(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

/// Makes the kernel kill this process when its parent (the judge's thread that started it)
/// ends; false if that parent is already gone.
pub fn die_with_parent(parent: u32) -> bool {
    // SAFETY: prctl with integer arguments; getppid cannot fail.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
        libc::getppid() as u32 == parent
    }
}

/// Makes orphaned descendants reparent to this process instead of init.
pub fn become_subreaper() -> io::Result<()> {
    // SAFETY: prctl with integer arguments has no memory-safety requirements.
    check(unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) })?;
    Ok(())
}

/// Everything the forked child needs, prepared before the fork.
pub struct ChildSetup<'a> {
    pub program: &'a CString,
    pub argv: &'a [CString],
    pub envp: &'a [CString],
    pub cwd: &'a CString,
    pub rlimits: &'a [(libc::__rlimit_resource_t, u64, u64)],
    /// Switch to this uid and gid (dropping supplementary groups) before the layers.
    pub run_as: Option<(u32, u32)>,
    /// Runs in the child last before exec (Landlock, seccomp); an `Err` aborts the exec.
    pub layers: &'a dyn Fn() -> Result<(), String>,
    /// A seccomp program whose `SECCOMP_RET_USER_NOTIF` answers go to the launcher: the child
    /// installs it last and sends the listener over this socket.
    pub notify: Option<(&'a [libc::sock_filter], libc::c_int)>,
    /// A descriptor the program keeps, as its descriptor 3 (a fork-server's control socket).
    pub keep_fd: Option<libc::c_int>,
}

pub enum Spawned {
    Running(libc::pid_t),
    /// The child could not exec: the errno it reported, or its message.
    ExecFailed(i32, String),
}

/// The Landlock ABI version of the running kernel, if Landlock is enabled.
pub fn landlock_abi() -> Option<i64> {
    const LANDLOCK_CREATE_RULESET_VERSION: libc::c_uint = 1;
    // SAFETY: landlock_create_ruleset with a null attribute, size 0 and the VERSION flag only
    // returns a number.
    let v = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0usize,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    (v > 0).then_some(v)
}

/// Makes this process non-dumpable: other processes of the same user can neither ptrace it nor
/// open its `/proc/<pid>/fd` or `/proc/<pid>/mem`.
pub fn set_non_dumpable() {
    // SAFETY: prctl with integer arguments.
    unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) };
}

/// The effective uid of this process.
pub fn euid() -> u32 {
    // SAFETY: geteuid cannot fail.
    unsafe { libc::geteuid() }
}

/// The effective uid and gid of this process.
pub fn euid_egid() -> (u32, u32) {
    // SAFETY: geteuid and getegid cannot fail.
    unsafe { (libc::geteuid(), libc::getegid()) }
}

/// Forks; the child runs `f` and exits with its code. Returns the child's exit code. For
/// probes, from a single-threaded process only.
pub fn in_child(f: impl FnOnce() -> i32) -> i32 {
    // SAFETY: called from the single-threaded launcher; the child only runs `f` and exits.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        let code = f();
        // SAFETY: leave the child without running the parent's destructors.
        unsafe { libc::_exit(code) }
    }
    if pid < 0 {
        return -1;
    }
    match wait_for(pid) {
        Ok(s) => s.exit_code.unwrap_or(-1),
        Err(_) => -1,
    }
}

/// Tries to enter a new user namespace (for probes): 0, or the errno.
pub fn try_user_namespace() -> i32 {
    // SAFETY: unshare with a flag; in a throw-away probe child.
    if unsafe { libc::unshare(libc::CLONE_NEWUSER) } == 0 {
        0
    } else {
        io::Error::last_os_error().raw_os_error().unwrap_or(-1)
    }
}

/// Tries to create a SysV shared memory segment (for probes): 0, or the errno.
pub fn try_shared_memory() -> i32 {
    // SAFETY: shmget with integer arguments; a segment made by mistake is removed at once.
    let id = unsafe { libc::shmget(libc::IPC_PRIVATE, 4096, libc::IPC_CREAT | 0o600) };
    if id >= 0 {
        // SAFETY: removing the segment just made.
        unsafe { libc::shmctl(id, libc::IPC_RMID, std::ptr::null_mut()) };
        return 0;
    }
    io::Error::last_os_error().raw_os_error().unwrap_or(-1)
}

/// Installs a seccomp filter with a notification listener and checks that a watched call is
/// delivered and answered (for probes, in a throw-away child): 0 if it works.
pub fn try_listener_filter() -> i32 {
    let program = crate::harden::memory_request_filter();
    // SAFETY: in a probe child; the program is valid for the call.
    let fd = unsafe { install_listener_filter(&program) };
    if fd < 0 {
        return 20;
    }
    // A forked child (under the same filter) makes a watched request; this process answers
    // it with ENOMEM. (A thread of this process would block in its own mmap for its stack.)
    // SAFETY: in a single-threaded probe child; the grandchild only maps, then exits.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: an anonymous mapping request; the process exits right after.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                64 << 20,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        let refused = p == libc::MAP_FAILED
            && io::Error::last_os_error().raw_os_error() == Some(libc::ENOMEM);
        // SAFETY: leave the grandchild without running destructors.
        unsafe { libc::_exit(if refused { 0 } else { 1 }) }
    }
    if pid < 0 {
        return 21;
    }
    match notification(fd) {
        Some(req) => answer(fd, req.id, Some(libc::ENOMEM)),
        None => return 22,
    }
    match wait_for(pid) {
        Ok(s) if s.exit_code == Some(0) => 0,
        _ => 23,
    }
}

/// Tries `fork()` (for probes): the errno if it failed, 0 if it worked.
pub fn try_fork() -> i32 {
    // SAFETY: in a probe child; a forked grandchild exits at once.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        unsafe { libc::_exit(0) }
    }
    if pid < 0 {
        return io::Error::last_os_error().raw_os_error().unwrap_or(-1);
    }
    let _ = wait_for(pid);
    0
}

/// Forks and execs the program described by `setup` in a new session.
///
/// The launcher is single-threaded when it calls this, so the child may do anything between
/// fork and exec; it still only makes system calls on memory prepared beforehand.
pub fn spawn(setup: &ChildSetup) -> io::Result<Spawned> {
    let mut argv: Vec<*const libc::c_char> = setup.argv.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let mut envp: Vec<*const libc::c_char> = setup.envp.iter().map(|e| e.as_ptr()).collect();
    envp.push(std::ptr::null());

    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds is a valid array of two ints for pipe2 to fill.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    let (read_end, write_end) = (fds[0], fds[1]);

    // SAFETY: the launcher is single-threaded, so the child has a consistent copy of memory.
    let pid = unsafe { libc::fork() };
    if pid == -1 {
        let err = io::Error::last_os_error();
        // SAFETY: closing descriptors this function owns.
        unsafe {
            libc::close(read_end);
            libc::close(write_end);
        }
        return Err(err);
    }
    if pid == 0 {
        // SAFETY: in the child; every pointer refers to memory prepared before the fork and
        // still alive (argv and envp are NUL-terminated arrays of valid C strings).
        unsafe { child_exec(setup, argv.as_ptr(), envp.as_ptr(), write_end) }
    }
    // SAFETY: the parent's copy of the write end is ours to close.
    unsafe { libc::close(write_end) };
    let mut errno_bytes = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        // SAFETY: reading into the unfilled part of a 4-byte buffer.
        let n = unsafe { libc::read(read_end, errno_bytes[got..].as_mut_ptr().cast(), 4 - got) };
        if n == -1 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        if n <= 0 {
            break;
        }
        got += n as usize;
    }
    if got == 4 {
        // The exec failed: read the message that may follow, and reap the child.
        let mut msg = [0u8; 512];
        let mut len = 0;
        loop {
            // SAFETY: reading into the unfilled part of the message buffer.
            let n =
                unsafe { libc::read(read_end, msg[len..].as_mut_ptr().cast(), msg.len() - len) };
            if n <= 0 {
                break;
            }
            len += n as usize;
        }
        // SAFETY: closing a descriptor this function owns.
        unsafe { libc::close(read_end) };
        let _ = wait_for(pid);
        let message = String::from_utf8_lossy(&msg[..len]).into_owned();
        return Ok(Spawned::ExecFailed(
            i32::from_ne_bytes(errno_bytes),
            message,
        ));
    }
    // SAFETY: closing a descriptor this function owns.
    unsafe { libc::close(read_end) };
    Ok(Spawned::Running(pid))
}

/// The child side of [`spawn`]: never returns.
///
/// # Safety
/// Must only be called in a freshly forked child of a single-threaded process, with `argv` and
/// `envp` NUL-terminated arrays of valid C strings.
unsafe fn child_exec(
    setup: &ChildSetup,
    argv: *const *const libc::c_char,
    envp: *const *const libc::c_char,
    err_fd: libc::c_int,
) -> ! {
    // SAFETY (whole block): plain system calls on valid pointers; on any failure the child reports
    // errno through the close-on-exec pipe and exits without running destructors.
    unsafe {
        let fail = |err_fd: libc::c_int| -> ! {
            let errno = *libc::__errno_location();
            let bytes = errno.to_ne_bytes();
            libc::write(err_fd, bytes.as_ptr().cast(), 4);
            libc::_exit(127)
        };
        // A new session and process group: the whole group can be killed at once, and the
        // program has no controlling terminal.
        if libc::setsid() == -1 {
            fail(err_fd);
        }
        // If the launcher dies, so does the program.
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
        // Rust's runtime ignores SIGPIPE, and ignored signals survive exec: restore defaults.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        let mut empty: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut empty);
        libc::sigprocmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
        if libc::chdir(setup.cwd.as_ptr()) == -1 {
            fail(err_fd);
        }
        for &(resource, soft, hard) in setup.rlimits {
            let lim = libc::rlimit {
                rlim_cur: soft,
                rlim_max: hard,
            };
            if libc::setrlimit(resource, &lim) == -1 {
                fail(err_fd);
            }
        }
        if let Some((uid, gid)) = setup.run_as {
            if libc::setgroups(0, std::ptr::null()) == -1
                || libc::setgid(gid) == -1
                || libc::setuid(uid) == -1
            {
                fail(err_fd);
            }
        }
        if let Err(msg) = (setup.layers)() {
            let zero = 0i32.to_ne_bytes();
            libc::write(err_fd, zero.as_ptr().cast(), 4);
            libc::write(err_fd, msg.as_ptr().cast(), msg.len().min(500));
            libc::_exit(127);
        }
        if let Some((program, sock)) = setup.notify {
            let fd = install_listener_filter(program);
            if fd < 0 || !send_fd(sock, fd) {
                fail(err_fd);
            }
            libc::close(fd);
        }
        // No inherited descriptor beyond stdin, stdout and stderr (and the one kept as 3)
        // reaches the program.
        let mut first = 3;
        if let Some(fd) = setup.keep_fd {
            // dup2 gives a descriptor without close-on-exec.
            if fd != 3 && libc::dup2(fd, 3) == -1 {
                fail(err_fd);
            }
            if fd == 3 {
                libc::fcntl(3, libc::F_SETFD, 0);
            }
            first = 4;
        }
        const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
        if libc::syscall(
            libc::SYS_close_range,
            first as u32,
            u32::MAX,
            CLOSE_RANGE_CLOEXEC,
        ) != 0
        {
            for fd in first..1024 {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        libc::execve(setup.program.as_ptr(), argv, envp);
        fail(err_fd)
    }
}

/// Installs a seccomp program with a notification listener; returns the listener or -1.
///
/// # Safety
/// Plain system calls on a valid program; meant for the child between fork and exec.
unsafe fn install_listener_filter(program: &[libc::sock_filter]) -> libc::c_int {
    let prog = libc::sock_fprog {
        len: program.len() as u16,
        filter: program.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: prctl with integers; seccomp reads `prog`, which outlives the call.
    unsafe {
        if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 {
            return -1;
        }
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            libc::SECCOMP_FILTER_FLAG_NEW_LISTENER,
            &prog as *const libc::sock_fprog,
        ) as libc::c_int
    }
}

/// Sends `fd` over the unix socket `sock` (SCM_RIGHTS).
fn send_fd(sock: libc::c_int, fd: libc::c_int) -> bool {
    // SAFETY: the message, its one-byte payload and its control buffer live on this stack for
    // the duration of sendmsg; the control header is written through the CMSG macros.
    unsafe {
        let mut byte = [0u8; 1];
        let mut iov = libc::iovec {
            iov_base: byte.as_mut_ptr().cast(),
            iov_len: 1,
        };
        let mut control = [0u64; 4];
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = libc::CMSG_SPACE(4) as usize;
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(4) as usize;
        std::ptr::write_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>(), fd);
        libc::sendmsg(sock, &msg, 0) == 1
    }
}

/// Receives a descriptor sent by [`send_fd`], without waiting.
pub fn recv_fd(sock: libc::c_int) -> Option<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: as in send_fd; a received descriptor is new and owned by the returned OwnedFd.
    unsafe {
        let mut byte = [0u8; 1];
        let mut iov = libc::iovec {
            iov_base: byte.as_mut_ptr().cast(),
            iov_len: 1,
        };
        let mut control = [0u64; 4];
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = libc::CMSG_SPACE(4) as usize;
        if libc::recvmsg(sock, &mut msg, libc::MSG_DONTWAIT | libc::MSG_CMSG_CLOEXEC) != 1 {
            return None;
        }
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        if cmsg.is_null()
            || (*cmsg).cmsg_level != libc::SOL_SOCKET
            || (*cmsg).cmsg_type != libc::SCM_RIGHTS
        {
            return None;
        }
        let fd = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>());
        Some(std::os::fd::OwnedFd::from_raw_fd(fd))
    }
}

/// A connected pair of unix datagram sockets (close-on-exec), for passing a descriptor from
/// the forked child to the launcher.
pub fn socket_pair() -> io::Result<(std::os::fd::OwnedFd, std::os::fd::OwnedFd)> {
    use std::os::fd::FromRawFd;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds is a valid array of two ints for socketpair to fill.
    check(unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_SEQPACKET | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    })?;
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe {
        (
            std::os::fd::OwnedFd::from_raw_fd(fds[0]),
            std::os::fd::OwnedFd::from_raw_fd(fds[1]),
        )
    })
}

/// One system call a seccomp filter handed to the launcher.
pub struct Request {
    pub id: u64,
    /// The thread that made the call.
    pub tid: u32,
    pub nr: i32,
    pub args: [u64; 6],
}

/// Reads the next pending notification from a seccomp listener.
pub fn notification(listener: libc::c_int) -> Option<Request> {
    // SAFETY: seccomp_notif is plain data; the ioctl fills it (it must be zeroed first).
    let mut n: libc::seccomp_notif = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a seccomp_notif for SECCOMP_IOCTL_NOTIF_RECV.
    let ret = unsafe { libc::ioctl(listener, libc::SECCOMP_IOCTL_NOTIF_RECV, &mut n) };
    (ret == 0).then_some(Request {
        id: n.id,
        tid: n.pid,
        nr: n.data.nr,
        args: n.data.args,
    })
}

/// Answers a notification: let the kernel run the call (`None`), or fail it with this errno.
pub fn answer(listener: libc::c_int, id: u64, errno: Option<i32>) {
    let resp = libc::seccomp_notif_resp {
        id,
        val: 0,
        error: errno.map_or(0, |e| -e),
        flags: if errno.is_none() {
            libc::SECCOMP_USER_NOTIF_FLAG_CONTINUE as u32
        } else {
            0
        },
    };
    // SAFETY: a valid pointer to a seccomp_notif_resp for SECCOMP_IOCTL_NOTIF_SEND. A failure
    // (the caller was killed meanwhile) needs no handling.
    unsafe { libc::ioctl(listener, libc::SECCOMP_IOCTL_NOTIF_SEND, &resp) };
}

/// Sets a resource limit of another process (the launcher's child), which runs as `run_as`
/// if that is given.
///
/// Without CAP_SYS_RESOURCE (a container's root usually lacks it), the kernel allows this only
/// to a caller whose real uid and gid are the target's: a root launcher takes the run's ids as
/// its real ids for the call (its effective ids, and so its privileges, stay root's).
pub fn set_limit_of(
    pid: libc::pid_t,
    resource: libc::__rlimit_resource_t,
    soft: u64,
    hard: u64,
    run_as: Option<(u32, u32)>,
) -> bool {
    let lim = libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    };
    // SAFETY: prlimit reads `lim`; no old value is requested.
    let set = || unsafe { libc::prlimit(pid, resource, &lim, std::ptr::null_mut()) } == 0;
    if set() {
        return true;
    }
    let Some((uid, gid)) = run_as else {
        return false;
    };
    let keep = u32::MAX; // -1: leave this id unchanged
                         // SAFETY: setresgid/setresuid with integer ids; the launcher is single-threaded, and its
                         // effective ids stay root, so the real ids can be put back.
    unsafe {
        let (ruid, rgid) = (libc::getuid(), libc::getgid());
        if libc::setresgid(gid, keep, keep) != 0 {
            return false;
        }
        if libc::setresuid(uid, keep, keep) != 0 {
            libc::setresgid(rgid, keep, keep);
            return false;
        }
        let ok = set();
        libc::setresuid(ruid, keep, keep);
        libc::setresgid(rgid, keep, keep);
        ok
    }
}

/// The hard limit of `resource` for this process.
pub fn hard_limit(resource: libc::__rlimit_resource_t) -> u64 {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit fills `lim`.
    unsafe { libc::getrlimit(resource, &mut lim) };
    lim.rlim_max
}

/// Takes an exclusive advisory lock on `fd` without waiting: false if someone else holds it.
pub fn try_lock(fd: &impl std::os::fd::AsRawFd) -> bool {
    // SAFETY: flock on a descriptor the caller owns.
    unsafe { libc::flock(fd.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

/// How a waited-for process ended, with its resource usage.
pub struct ExitStatus {
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub cpu: Duration,
    pub max_rss_kib: u64,
}

/// Reaps `pid` and returns its status and resource usage.
pub fn wait_for(pid: libc::pid_t) -> io::Result<ExitStatus> {
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; zeroed is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: valid pointers to a status int and an rusage struct.
        let ret = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if ret == pid {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    let (exit_code, signal) = if libc::WIFEXITED(status) {
        (Some(libc::WEXITSTATUS(status)), None)
    } else if libc::WIFSIGNALED(status) {
        (None, Some(libc::WTERMSIG(status)))
    } else {
        (None, None)
    };
    Ok(ExitStatus {
        exit_code,
        signal,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        max_rss_kib: usage.ru_maxrss as u64,
    })
}

/// Tells when a child has exited: a pidfd where the kernel has them (5.3+), else polling.
pub struct ExitWatch {
    pid: libc::pid_t,
    pidfd: Option<libc::c_int>,
}

impl ExitWatch {
    pub fn new(pid: libc::pid_t) -> Self {
        // SAFETY: pidfd_open takes a pid and flags; it returns a new descriptor or -1.
        let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
        ExitWatch {
            pid,
            pidfd: (fd >= 0).then_some(fd as libc::c_int),
        }
    }

    /// Waits up to `timeout`, or until `other` is readable: returns (exited, `other` readable).
    /// An exited child stays a zombie until reaped.
    pub fn wait_or(&self, timeout: Duration, other: Option<libc::c_int>) -> (bool, bool) {
        let other_fd = other.unwrap_or(-1);
        let mut pfds = [
            libc::pollfd {
                fd: self.pidfd.unwrap_or(-1),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: other_fd,
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let ts = libc::timespec {
            tv_sec: timeout.as_secs() as libc::time_t,
            tv_nsec: timeout.subsec_nanos() as libc::c_long,
        };
        match self.pidfd {
            Some(_) => {
                // SAFETY: two valid pollfds (a negative fd is ignored) and a valid timeout.
                let n = unsafe { libc::ppoll(pfds.as_mut_ptr(), 2, &ts, std::ptr::null()) };
                let ready = n > 0 && pfds[1].revents & libc::POLLIN != 0;
                if ready && pfds[0].revents == 0 {
                    return (false, true);
                }
                (n > 0 && pfds[0].revents != 0 || self.exited(), ready)
            }
            None if other.is_some() => {
                if self.exited() {
                    return (true, false);
                }
                // SAFETY: one valid pollfd.
                let n = unsafe {
                    libc::poll(
                        pfds[1..].as_mut_ptr(),
                        1,
                        timeout.as_millis() as libc::c_int,
                    )
                };
                (self.exited(), n > 0)
            }
            None => {
                if self.exited() {
                    return (true, false);
                }
                std::thread::sleep(timeout);
                (self.exited(), false)
            }
        }
    }

    fn exited(&self) -> bool {
        // SAFETY: siginfo_t is plain data; waitid fills it. WNOWAIT leaves the child waitable.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let ret = unsafe {
            libc::waitid(
                libc::P_PID,
                self.pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            )
        };
        // SAFETY: si_pid is valid to read after a successful waitid.
        ret == 0 && unsafe { info.si_pid() } == self.pid
    }
}

impl Drop for ExitWatch {
    fn drop(&mut self) {
        if let Some(fd) = self.pidfd {
            // SAFETY: closing the descriptor this struct owns.
            unsafe { libc::close(fd) };
        }
    }
}

/// Sends SIGKILL to the process group led by `pgid`.
pub fn kill_group(pgid: libc::pid_t) {
    // SAFETY: kill has no memory-safety requirements.
    unsafe { libc::kill(-pgid, libc::SIGKILL) };
}

/// Kills and reaps every process left under this (subreaper) process, including orphans that
/// reparent to it while it works. Returns how many were killed.
pub fn kill_all_children() -> u32 {
    kill_all_children_but(None)
}

/// [`kill_all_children`], sparing `spared` (a fork-server, which is not reaped either).
pub fn kill_all_children_but(spared: Option<libc::pid_t>) -> u32 {
    let mut killed = std::collections::HashSet::new();
    for _ in 0..10_000 {
        reap_zombies_but(spared);
        let children: Vec<_> = children_of_self()
            .into_iter()
            .filter(|&c| Some(c) != spared)
            .collect();
        if children.is_empty() {
            break;
        }
        for child in children {
            // SAFETY: kill has no memory-safety requirements.
            unsafe {
                libc::kill(-child, libc::SIGKILL);
                libc::kill(child, libc::SIGKILL);
            }
            killed.insert(child);
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    reap_zombies_but(spared);
    killed.len() as u32
}

fn reap_zombies_but(spared: Option<libc::pid_t>) {
    match spared {
        None => loop {
            let mut status = 0;
            // SAFETY: a valid pointer to a status int.
            let ret = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) };
            if ret <= 0 {
                break;
            }
        },
        Some(spared) => {
            for child in children_of_self().into_iter().filter(|&c| c != spared) {
                let mut status = 0;
                // SAFETY: a valid pointer to a status int.
                unsafe { libc::waitpid(child, &mut status, libc::WNOHANG) };
            }
        }
    }
}

/// Sends `payload` with the descriptors `fds` over the unix socket `sock` (SCM_RIGHTS).
pub fn send_with_fds(sock: libc::c_int, payload: &[u8], fds: &[libc::c_int]) -> io::Result<()> {
    assert!(fds.len() <= 8 && !payload.is_empty());
    // SAFETY: the message, its payload and its control buffer live on this stack for the
    // duration of sendmsg; the control header is written through the CMSG macros.
    unsafe {
        let mut iov = libc::iovec {
            iov_base: payload.as_ptr() as *mut libc::c_void,
            iov_len: payload.len(),
        };
        let mut control = [0u64; 8];
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        let bytes = (fds.len() * 4) as u32;
        if !fds.is_empty() {
            msg.msg_control = control.as_mut_ptr().cast();
            msg.msg_controllen = libc::CMSG_SPACE(bytes) as usize;
            let cmsg = libc::CMSG_FIRSTHDR(&msg);
            (*cmsg).cmsg_level = libc::SOL_SOCKET;
            (*cmsg).cmsg_type = libc::SCM_RIGHTS;
            (*cmsg).cmsg_len = libc::CMSG_LEN(bytes) as usize;
            let data = libc::CMSG_DATA(cmsg).cast::<libc::c_int>();
            for (i, fd) in fds.iter().enumerate() {
                std::ptr::write_unaligned(data.add(i), *fd);
            }
        }
        if libc::sendmsg(sock, &msg, libc::MSG_NOSIGNAL) == payload.len() as isize {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
}

/// Waits up to `timeout` for one of `fds` to be readable (or closed); returns which are.
pub fn poll_readable(fds: &[libc::c_int], timeout: Duration) -> Vec<bool> {
    let mut pfds: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    // SAFETY: a valid array of pollfds of the given length.
    let n = unsafe {
        libc::poll(
            pfds.as_mut_ptr(),
            pfds.len() as libc::nfds_t,
            timeout.as_millis().min(i32::MAX as u128) as libc::c_int,
        )
    };
    pfds.iter().map(|p| n > 0 && p.revents != 0).collect()
}

/// The live children of this process (zombies already reaped are not listed).
fn children_of_self() -> Vec<libc::pid_t> {
    let me = std::process::id();
    if let Ok(text) = std::fs::read_to_string(format!("/proc/self/task/{me}/children")) {
        return text
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect();
    }
    // Without CONFIG_PROC_CHILDREN: scan every process for our pid as parent.
    let mut out = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<i32>().ok())
            else {
                continue;
            };
            if stat_fields(pid).and_then(|f| f.get(1).and_then(|p| p.parse::<u32>().ok()))
                == Some(me)
            {
                out.push(pid);
            }
        }
    }
    out
}

/// `pid` and its descendants, at most `max` of them: the children of each of its threads, from
/// `/proc/<pid>/task/<tid>/children`, and theirs. Without that file (a kernel without
/// CONFIG_PROC_CHILDREN), every process is scanned for its parent.
pub fn process_tree(pid: libc::pid_t, max: u64) -> Vec<libc::pid_t> {
    let mut tree = vec![pid];
    let mut i = 0;
    while i < tree.len() && (tree.len() as u64) < max {
        let p = tree[i];
        i += 1;
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{p}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            match std::fs::read_to_string(task.path().join("children")) {
                Ok(text) => tree.extend(
                    text.split_whitespace()
                        .filter_map(|c| c.parse::<i32>().ok()),
                ),
                Err(e) if e.kind() == io::ErrorKind::NotFound && task.path().exists() => {
                    return scan_tree(pid, max);
                }
                Err(_) => {}
            }
        }
    }
    tree
}

/// [`process_tree`] by scanning every process's parent.
fn scan_tree(pid: libc::pid_t, max: u64) -> Vec<libc::pid_t> {
    let mut parents: Vec<(libc::pid_t, libc::pid_t)> = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Some(p) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<i32>().ok())
            else {
                continue;
            };
            if let Some(ppid) = stat_fields(p).and_then(|f| f.get(1).and_then(|x| x.parse().ok())) {
                parents.push((p, ppid));
            }
        }
    }
    let mut tree = vec![pid];
    let mut i = 0;
    while i < tree.len() && (tree.len() as u64) < max {
        let p = tree[i];
        i += 1;
        tree.extend(parents.iter().filter(|&&(_, pp)| pp == p).map(|&(c, _)| c));
    }
    tree
}

/// The size of the file open as descriptor `fd` of this process (0 if it cannot be told).
pub fn fd_size(fd: libc::c_int) -> u64 {
    // SAFETY: fstat writes one stat struct.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) == 0 {
            st.st_size as u64
        } else {
            0
        }
    }
}

/// The fields of `/proc/<pid>/stat` after the command name, starting with the state.
fn stat_fields(pid: libc::pid_t) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &text[text.rfind(')')? + 1..];
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// Whether `pid`'s main thread is running or waiting for a CPU (state `R` in
/// `/proc/<pid>/stat`), rather than sleeping or blocked.
pub fn runnable(pid: libc::pid_t) -> bool {
    stat_fields(pid).is_some_and(|f| f.first().is_some_and(|s| s == "R"))
}

/// Whether any thread of `pid` is running or waiting for a CPU: for a program whose main
/// thread only waits for the others (a compiler).
pub fn any_thread_runnable(pid: libc::pid_t) -> bool {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    tasks.flatten().any(|t| {
        std::fs::read_to_string(t.path().join("stat")).is_ok_and(|text| {
            text.rfind(')')
                .and_then(|i| text[i + 1..].split_whitespace().next())
                == Some("R")
        })
    })
}

/// CPU time used so far by `pid` (all its threads, and children it has waited for).
pub fn cpu_time(pid: libc::pid_t) -> Option<Duration> {
    if let Some(ns) = process_cpu_ns(pid) {
        return Some(Duration::from_nanos(ns));
    }
    let fields = stat_fields(pid)?;
    // utime, stime, cutime, cstime are fields 14 to 17 of stat; index 0 here is field 3.
    let ticks: u64 = fields
        .get(11..15)?
        .iter()
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    // SAFETY: sysconf has no memory-safety requirements.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Some(Duration::from_micros(ticks * 1_000_000 / hz))
}

/// What `/proc/<pid>/status` says about a process's memory and threads.
#[derive(Debug, Default, Clone, Copy)]
pub struct Status {
    /// High-water mark of the resident set (VmHWM), in KiB.
    pub peak_kib: u64,
    /// Private writable memory counted by RLIMIT_DATA (VmData), in KiB.
    pub data_kib: u64,
    pub threads: u64,
}

/// The memory and thread count of process `pid`.
///
/// Once the main thread has exited, the leader's status has no memory lines although the other
/// threads still run in the same address space: then any live thread's status tells.
pub fn status(pid: libc::pid_t) -> Option<Status> {
    let parse = |text: &str| {
        let mut st = Status::default();
        let mut has_memory = false;
        for line in text.lines() {
            let value = || -> u64 {
                line.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
            };
            if line.starts_with("VmHWM:") {
                st.peak_kib = value();
                has_memory = true;
            } else if line.starts_with("VmData:") {
                st.data_kib = value();
            } else if line.starts_with("Threads:") {
                st.threads = value();
            }
        }
        (st, has_memory)
    };
    let (mut st, has_memory) = parse(&std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?);
    if !has_memory {
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).ok()?;
        for task in tasks.flatten() {
            if let Ok(text) = std::fs::read_to_string(task.path().join("status")) {
                let (t, ok) = parse(&text);
                if ok {
                    st.peak_kib = t.peak_kib;
                    st.data_kib = t.data_kib;
                    break;
                }
            }
        }
    }
    Some(st)
}

/// CPU time used so far by all threads of process `pid`, in nanoseconds, from its CPU-time
/// clock: exact (the time of a thread running right now included) and cheaper than `/proc`.
pub fn process_cpu_ns(pid: libc::pid_t) -> Option<u64> {
    let mut clock: libc::clockid_t = 0;
    // SAFETY: clock_getcpuclockid writes one clockid_t.
    if unsafe { libc::clock_getcpuclockid(pid, &mut clock) } != 0 {
        return None;
    }
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return None;
    }
    Some(ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

/// Makes `fd` a copy of `from` (dup2), without close-on-exec.
pub fn dup_onto(from: libc::c_int, fd: libc::c_int) -> io::Result<()> {
    // SAFETY: dup2 takes two integers.
    check(unsafe { libc::dup2(from, fd) })?;
    Ok(())
}
