// Shim for ncursesw: SwiftPM drops pkg-config defines and Swift cannot import
// function-like macros or C globals under strict concurrency, so this header
// defines the wide-character API switch and wraps what Swift needs.
//
// It also holds the signal handling, which must be C: the handlers may only
// touch async-signal-safe state (a sig_atomic_t flag, a saved termios, write(2)).
//
// Storage note: SwiftPM gives a system library no .c file, and Swift emits the
// `static inline` functions below into every object file that uses them. State
// shared between those copies is therefore declared `weak` (one definition per
// object file, merged into a single one by the linker), never `static`, and
// always initialised: a weak variable without an initialiser is not emitted as a
// definition at all, leaving a weak undefined symbol that resolves to address 0.
#ifndef SHINSA_CNCURSESW_SHIM_H
#define SHINSA_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <ncurses.h>
#endif

// MARK: - Pointer types (WINDOW may import as a typed or an opaque pointer)

typedef WINDOW *shim_window_t;
typedef SCREEN *shim_screen_t;
typedef FILE *shim_file_t;

// MARK: - Globals and macros

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline int shim_escdelay(void) { return ESCDELAY; }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline int shim_key_f(int n) { return KEY_F(n); }

/// Switches mouse reporting on (left press and the wheel, reported at once: no click
/// timing) or off (mousemask 0: the terminal's own text selection works again). Returns 1
/// when the terminal reports the mouse, 0 otherwise.
static inline int shim_set_mouse(int on) {
  mmask_t wanted = 0;
  if (on) {
    wanted = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
  }
  mouseinterval(0);
  return mousemask(wanted, NULL) != 0;
}

/// Reads the mouse event behind a KEY_MOUSE: 1 left press, 2 wheel up, 3 wheel down,
/// 0 anything else, -1 none; its cell goes to `row` and `column`.
static inline int shim_get_mouse(int *row, int *column) {
  MEVENT event;
  if (getmouse(&event) != OK) return -1;
  *row = event.y;
  *column = event.x;
  if (event.bstate & BUTTON1_PRESSED) return 1;
  if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
  if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
  return 0;
}

/// Binds `sequence` to a key code and returns the code: the one it already has, or
/// the first code above `after` that ncurses has not given to any key. (ncurses numbers
/// terminfo's extended keys, such as kUP3 for Alt-Up, from KEY_MAX + 1 upwards, so a
/// fixed KEY_MAX + n could collide.) Returns -1 when it cannot be bound.
static inline int shim_bind_sequence(const char *sequence, int after) {
  int existing = key_defined(sequence);
  if (existing > 0) return existing;
  if (existing < 0) return -1;  // a prefix of (or prefixed by) another key's sequence
  for (int code = after + 1; code < after + 4096; code++) {
    char *bound = keybound(code, 0);
    if (bound != NULL) {
      free(bound);
      continue;
    }
    if (keyname(code) != NULL) continue;
    return define_key(sequence, code) == OK ? code : -1;
  }
  return -1;
}

/// Binds `sequence` to `code` unless the terminal description already binds it.
static inline void shim_bind_fallback(const char *sequence, int code) {
  if (key_defined(sequence) == 0) define_key(sequence, code);
}

/// The window's size in cells (getmaxyx is a macro).
static inline int shim_window_width(WINDOW *window) { return getmaxx(window); }
static inline int shim_window_height(WINDOW *window) { return getmaxy(window); }

/// Draws one cell: `text` is a spacing character followed by up to four combining
/// ones (`count` scalars, no terminator needed). Falls back to U+FFFD when ncurses
/// rejects the sequence (for example a lone combining mark).
static inline int shim_put_cell(WINDOW *window, int row, int column, const wchar_t *text,
                                int count, attr_t attributes, short pair) {
  wchar_t buffer[CCHARW_MAX + 1];
  int used = count < CCHARW_MAX ? count : CCHARW_MAX;
  for (int index = 0; index < used; index++) buffer[index] = text[index];
  buffer[used] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, buffer, attributes, pair, NULL) != OK) {
    buffer[0] = (wchar_t)0xFFFD;
    buffer[1] = L'\0';
    if (setcchar(&cell, buffer, attributes, pair, NULL) != OK) return ERR;
  }
  return mvwadd_wch(window, row, column, &cell);
}

// MARK: - Terminal state shared with the signal handlers

__attribute__((weak)) volatile sig_atomic_t shim_state_pending_signal = 0;
__attribute__((weak)) volatile sig_atomic_t shim_state_active = 0;
__attribute__((weak)) volatile sig_atomic_t shim_state_atexit_registered = 0;
__attribute__((weak)) int shim_state_termios_saved = 0;
__attribute__((weak)) int shim_state_tty_fd = -1;
__attribute__((weak)) struct termios shim_state_termios = {0};
__attribute__((weak)) struct sigaction shim_state_previous[NSIG] = {{{0}}};
__attribute__((weak)) unsigned char shim_state_installed[NSIG] = {0};

/// The reset sequence written on a crash: leave keypad-transmit mode, disable
/// bracketed paste and mouse reporting, reset attributes, show the cursor and
/// leave the alternate screen.
static inline const char *shim_reset_sequence(void) {
  return "\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1l\033>"
         "\033[0m\033[?25h\033[?1049l\r\n";
}

/// Writes `text` to the terminal with write(2): async-signal-safe.
static inline void shim_write_terminal(const char *text) {
  int fd = shim_state_tty_fd;
  if (fd < 0) return;
  size_t length = strlen(text);
  size_t written = 0;
  while (written < length) {
    ssize_t result = write(fd, text + written, length - written);
    if (result < 0 && errno == EINTR) continue;
    if (result <= 0) break;
    written += (size_t)result;
  }
}

/// Restores the terminal from a signal handler or atexit: async-signal-safe only.
static inline void shim_emergency_restore(void) {
  if (!shim_state_active) return;
  shim_state_active = 0;
  shim_write_terminal(shim_reset_sequence());
  int fd = shim_state_tty_fd;
  if (fd >= 0 && shim_state_termios_saved) tcsetattr(fd, TCSANOW, &shim_state_termios);
}

static inline void shim_flag_handler(int signal_number) {
  shim_state_pending_signal = signal_number;
}

static inline void shim_crash_handler(int signal_number) {
  int saved_errno = errno;
  shim_emergency_restore();
  // Hand the signal back to whoever had it before (the Swift runtime's backtracer,
  // or the default action). It is blocked while this handler runs, so raise()
  // leaves it pending and it is delivered again as soon as this handler returns.
  if (signal_number > 0 && signal_number < NSIG && shim_state_installed[signal_number]) {
    sigaction(signal_number, &shim_state_previous[signal_number], NULL);
    shim_state_installed[signal_number] = 0;
  } else {
    signal(signal_number, SIG_DFL);
  }
  raise(signal_number);
  errno = saved_errno;
}

static inline void shim_atexit_restore(void) { shim_emergency_restore(); }

static inline int shim_install(int signal_number, void (*handler)(int)) {
  if (signal_number <= 0 || signal_number >= NSIG) return -1;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a pending quit should interrupt the key wait
  struct sigaction previous;
  if (sigaction(signal_number, &action, &previous) != 0) return -1;
  if (!shim_state_installed[signal_number]) {
    shim_state_previous[signal_number] = previous;
    shim_state_installed[signal_number] = 1;
  }
  return 0;
}

/// Saves the terminal settings of `fd`, then installs the quit handlers (SIGINT,
/// SIGTERM, SIGHUP: set a flag) and the crash handlers (SIGSEGV, SIGBUS, SIGILL,
/// SIGTRAP, SIGABRT, SIGFPE, SIGQUIT: restore the terminal, then re-raise), and an
/// atexit hook that restores the terminal if the program exits while it is active.
/// Must run before newterm so ncurses keeps its hands off these signals.
static inline int shim_signals_install(int fd) {
  shim_state_tty_fd = fd;
  shim_state_termios_saved = tcgetattr(fd, &shim_state_termios) == 0;
  shim_state_pending_signal = 0;
  int result = 0;
  const int quits[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t index = 0; index < sizeof quits / sizeof quits[0]; index++) {
    result |= shim_install(quits[index], shim_flag_handler);
  }
  const int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT};
  for (size_t index = 0; index < sizeof crashes / sizeof crashes[0]; index++) {
    result |= shim_install(crashes[index], shim_crash_handler);
  }
  if (!shim_state_atexit_registered) {
    shim_state_atexit_registered = 1;
    atexit(shim_atexit_restore);
  }
  shim_state_active = 1;
  return result;
}

static inline void shim_suspend_handler(int signal_number) {
  int saved_errno = errno;
  shim_write_terminal("\033[?2004l");
  struct sigaction *curses = &shim_state_previous[SIGTSTP];
  if (!(curses->sa_flags & SA_SIGINFO) && curses->sa_handler != SIG_DFL
      && curses->sa_handler != SIG_IGN) {
    curses->sa_handler(signal_number);  // ncurses: endwin, stop, and on SIGCONT repaint
  }
  shim_write_terminal("\033[?2004h");
  errno = saved_errno;
}

/// Wraps the SIGTSTP handler ncurses installed (Ctrl-Z) so bracketed paste is turned off
/// while the program is suspended and back on when it resumes; ncurses knows nothing of
/// it. Call after newterm; does nothing when ncurses installed no handler.
static inline int shim_wrap_suspend_handler(void) {
  struct sigaction current;
  if (sigaction(SIGTSTP, NULL, &current) != 0) return -1;
  if ((current.sa_flags & SA_SIGINFO) || current.sa_handler == SIG_DFL
      || current.sa_handler == SIG_IGN) {
    return 0;
  }
  return shim_install(SIGTSTP, shim_suspend_handler);
}

/// Puts back every handler that shim_signals_install and shim_wrap_suspend_handler
/// replaced.
static inline void shim_signals_uninstall(void) {
  shim_state_active = 0;
  for (int signal_number = 1; signal_number < NSIG; signal_number++) {
    if (!shim_state_installed[signal_number]) continue;
    sigaction(signal_number, &shim_state_previous[signal_number], NULL);
    shim_state_installed[signal_number] = 0;
  }
}

/// The last quit signal received (SIGINT, SIGTERM or SIGHUP), or 0; clears it.
static inline int shim_take_pending_signal(void) {
  int signal_number = shim_state_pending_signal;
  if (signal_number != 0) shim_state_pending_signal = 0;
  return signal_number;
}

/// Turns off XON/XOFF flow control and IEXTEN (Ctrl-S, Ctrl-Q, Ctrl-V, Ctrl-O) so
/// those keys reach the program; Ctrl-C and Ctrl-Z still raise signals.
static inline int shim_free_control_keys(int fd) {
  struct termios settings;
  if (tcgetattr(fd, &settings) != 0) return -1;
  settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  settings.c_lflag &= ~(tcflag_t)IEXTEN;
  return tcsetattr(fd, TCSANOW, &settings);
}

#endif
