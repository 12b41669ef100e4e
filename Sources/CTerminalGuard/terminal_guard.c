#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#define _GNU_SOURCE 1
#include "terminal_guard.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t curses_active = 0;
static int saved_stderr = -1;
static int capture_file = -1;
static struct sigaction previous_actions[NSIG];
static const int crash_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};

static void flag_handler(int signal) {
    if (pending_signal == 0) pending_signal = signal;
}

static void write_all(int descriptor, const char *bytes, ssize_t count) {
    while (count > 0) {
        ssize_t written = write(descriptor, bytes, (size_t)count);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        count -= written;
    }
}

void parley_guard_restore(void) {
    if (curses_active) {
        curses_active = 0;
        // Mouse reporting off before curses restores the modes it saved at start.
        mousemask(0, NULL);
        endwin();
    }
    if (saved_stderr >= 0) {
        dup2(saved_stderr, STDERR_FILENO);
        close(saved_stderr);
        saved_stderr = -1;
        if (capture_file >= 0) {
            char buffer[4096];
            lseek(capture_file, 0, SEEK_SET);
            ssize_t count;
            while ((count = read(capture_file, buffer, sizeof buffer)) > 0) write_all(STDERR_FILENO, buffer, count);
            close(capture_file);
            capture_file = -1;
        }
    }
}

static void crash_handler(int signal, siginfo_t *info, void *context) {
    parley_guard_restore();
    // Hand the signal on to whoever had it before (Swift's backtracer), with its context.
    struct sigaction *previous = &previous_actions[signal];
    sigaction(signal, previous, NULL);
    if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction != NULL) {
        previous->sa_sigaction(signal, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signal);
    } else {
        raise(signal);
    }
}

static void restore_at_exit(void) {
    parley_guard_restore();
}

void parley_guard_install(void) {
    // A parent may hand down a mask that blocks these (test runners and some launchers do);
    // blocked, they would never reach the handlers, and resizes would never be noticed.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    for (size_t index = 0; index < sizeof crash_signals / sizeof crash_signals[0]; index++) sigaddset(&wanted, crash_signals[index]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction flag;
    memset(&flag, 0, sizeof flag);
    flag.sa_handler = flag_handler;
    sigemptyset(&flag.sa_mask);
    sigaction(SIGINT, &flag, NULL);
    sigaction(SIGTERM, &flag, NULL);
    sigaction(SIGHUP, &flag, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_sigaction = crash_handler;
    crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&crash.sa_mask);
    for (size_t index = 0; index < sizeof crash_signals / sizeof crash_signals[0]; index++) {
        sigaction(crash_signals[index], &crash, &previous_actions[crash_signals[index]]);
    }
    atexit(restore_at_exit);
}

int parley_guard_pending_signal(void) {
    return pending_signal;
}

int parley_guard_capture_stderr(void) {
    if (saved_stderr >= 0) return 0;
    char path[] = "/tmp/parley-stderr-XXXXXX";
    int file = mkstemp(path);
    if (file < 0) return -1;
    unlink(path);
    int saved = dup(STDERR_FILENO);
    if (saved < 0 || dup2(file, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(file);
        return -1;
    }
    saved_stderr = saved;
    capture_file = file;
    return 0;
}

void parley_guard_set_curses_active(int active) {
    curses_active = active ? 1 : 0;
}
