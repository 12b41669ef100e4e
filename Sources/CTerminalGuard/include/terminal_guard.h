// Gives the terminal back on every exit path, including signals and crashes.
//
// A signal handler may only touch process-wide state, and Swift 6 allows no global mutable
// state, so this small piece is C: handlers that set a flag (SIGINT, SIGTERM, SIGHUP) for the
// input loop to act on, handlers for crash signals that restore the terminal before passing
// the signal on to Swift's backtracer, and the capture of stderr while curses owns the screen.
#ifndef PARLEY_TERMINAL_GUARD_H
#define PARLEY_TERMINAL_GUARD_H

/// Installs the handlers; call after curses has started (it installs its own first).
void parley_guard_install(void);

/// The first termination signal received (SIGINT, SIGTERM or SIGHUP), or 0.
int parley_guard_pending_signal(void);

/// Sends stderr to a temporary file, so messages written while curses owns the screen are
/// not lost on the alternate screen. Returns 0 on success.
int parley_guard_capture_stderr(void);

/// Marks curses as started (1) or ended (0), so a crash knows whether to end it.
void parley_guard_set_curses_active(int active);

/// Ends curses if it is active, then gives stderr back and replays what was captured.
/// Safe to call more than once, and from a signal handler.
void parley_guard_restore(void);

#endif
