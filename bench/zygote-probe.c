// Feasibility probe for a Python fork-server (not built by cargo; run by hand):
//
//   gcc -O2 -pthread -o /tmp/zygote-probe bench/zygote-probe.c && /tmp/zygote-probe
//
// The question: can a prepared interpreter ("zygote") fork one child per test while every child
// keeps the sandbox's no-process-creation rule, without installing a seccomp filter in each
// child (which, from Python, would need ctypes)? Answer: yes. The zygote installs, once, a filter
// that sends clone-without-CLONE_THREAD, fork and vfork to a user-notification listener (clone3
// answers ENOSYS, as in the sandbox's filter); children inherit it. The supervisor holding the
// listener lets the zygote's own pid continue and refuses every other caller with EPERM. Threads
// are not notified at all.
//
// Measured on the 2-vCPU VM (kernel 6.18), as root and as uid 65534, at load ~18:
//   child fork: Operation not permitted / child thread: ok / child raw clone: Operation not
//   permitted / 0.08-0.28 ms per zygote fork including the notification round trip.
#define _GNU_SOURCE
#include <linux/seccomp.h>
#include <linux/filter.h>
#include <linux/audit.h>
#include <sys/syscall.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <sys/ioctl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <signal.h>
#include <pthread.h>
#include <sched.h>
#include <time.h>

static int send_fd(int s, int fd) {
  char b = 0; struct iovec io = {&b, 1}; char c[CMSG_SPACE(sizeof(int))]; memset(c, 0, sizeof c);
  struct msghdr m = {0}; m.msg_iov = &io; m.msg_iovlen = 1; m.msg_control = c; m.msg_controllen = sizeof c;
  struct cmsghdr *h = CMSG_FIRSTHDR(&m); h->cmsg_level = SOL_SOCKET; h->cmsg_type = SCM_RIGHTS; h->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(h), &fd, sizeof(int)); return sendmsg(s, &m, 0);
}
static int recv_fd(int s) {
  char b; struct iovec io = {&b, 1}; char c[CMSG_SPACE(sizeof(int))];
  struct msghdr m = {0}; m.msg_iov = &io; m.msg_iovlen = 1; m.msg_control = c; m.msg_controllen = sizeof c;
  if (recvmsg(s, &m, 0) <= 0) return -1; int fd; memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(int)); return fd;
}
static void *thr(void *a) { return a; }
int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  pid_t z = fork();
  if (z == 0) {
    // zygote: clone without CLONE_THREAD, fork, vfork -> USER_NOTIF; clone3 -> ENOSYS
    struct sock_filter f[] = {
      BPF_STMT(BPF_LD|BPF_W|BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, __NR_clone3, 0, 1),
      BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
      BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, __NR_fork, 2, 0),
      BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, __NR_vfork, 1, 0),
      BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, __NR_clone, 0, 3),
      BPF_STMT(BPF_LD|BPF_W|BPF_ABS, offsetof(struct seccomp_data, args[0])),
      BPF_JUMP(BPF_JMP|BPF_JSET|BPF_K, CLONE_THREAD, 1, 0),
      BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_USER_NOTIF),
      BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW),
    };
    // fork and vfork jump to the USER_NOTIF at index 8: fix offsets
    f[3] = (struct sock_filter)BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, __NR_fork, 4, 0);
    f[4] = (struct sock_filter)BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, __NR_vfork, 3, 0);
    struct sock_fprog p = {sizeof f / sizeof f[0], f};
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    int l = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &p);
    if (l < 0) { perror("seccomp"); _exit(2); }
    send_fd(sv[1], l); close(l);
    struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
    int n = 200;
    for (int i = 0; i < n; i++) {
      pid_t c = fork();
      if (c < 0) { perror("zygote fork"); _exit(3); }
      if (c == 0) {
        if (i == 0) {
          pid_t g = fork();
          printf("child fork: %s\n", g < 0 ? strerror(errno) : "ALLOWED (bad)");
          if (g == 0) _exit(0);
          pthread_t th; int e = pthread_create(&th, 0, thr, 0);
          printf("child thread: %s\n", e ? strerror(e) : "ok");
          if (!e) pthread_join(th, 0);
          g = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
          printf("child raw clone: %s\n", g < 0 ? strerror(errno) : "ALLOWED (bad)");
          if (g == 0) _exit(0);
        }
        _exit(0);
      }
      waitpid(c, 0, 0);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("zygote: %d forks, %.3f ms each (with a notification round trip)\n", n,
           ((t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6) / n);
    _exit(0);
  }
  int l = recv_fd(sv[0]);
  struct seccomp_notif_sizes sz; syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sz);
  struct seccomp_notif *req = calloc(1, sz.seccomp_notif); struct seccomp_notif_resp *resp = calloc(1, sz.seccomp_notif_resp);
  for (;;) {
    memset(req, 0, sz.seccomp_notif);
    if (ioctl(l, SECCOMP_IOCTL_NOTIF_RECV, req) < 0) break;  // the zygote is gone
    memset(resp, 0, sz.seccomp_notif_resp); resp->id = req->id;
    if ((pid_t)req->pid == z) resp->flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
    else resp->error = -EPERM;
    ioctl(l, SECCOMP_IOCTL_NOTIF_SEND, resp);
  }
  int st; waitpid(z, &st, 0); printf("zygote exit %d\n", WEXITSTATUS(st));
}
