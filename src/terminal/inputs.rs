//! What wakes the event loop: terminal events, signals, the terminal going
//! away, and results of background work, merged into one channel.

use std::io::IsTerminal;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

use crate::app::action::Action;

/// How often the terminal is checked for a hang-up. A closed terminal
/// whose SIGHUP went to a parent shell makes crossterm's reader retry
/// forever without reporting anything: this check is what notices.
const HANG_UP_CHECK: Duration = Duration::from_millis(250);

/// One thing for the event loop to handle.
#[derive(Debug)]
pub enum Input {
    Terminal(crossterm::event::Event),
    /// The result of work done on another thread (a background search).
    Action(Action),
    /// SIGTERM, SIGHUP, SIGINT or another signal that would end the
    /// process (see `LEAVING`): save and leave.
    // Built from signals, which only Unix has.
    #[cfg_attr(not(unix), allow(dead_code))]
    Stop,
    /// The terminal is gone (read error, end of input, hang-up): save and
    /// leave without writing to it.
    HangUp,
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl-Z does.
    // Built from signals, which only Unix has.
    #[cfg_attr(not(unix), allow(dead_code))]
    Suspend,
    /// SIGCONT: continued after a stop, whoever stopped us.
    // Built from signals, which only Unix has.
    #[cfg_attr(not(unix), allow(dead_code))]
    Resume,
}

/// Starts the reader, the hang-up check and the signal watcher; the
/// sender is for background work.
pub fn start() -> (Receiver<Input>, Sender<Input>) {
    let (sender, receiver) = mpsc::channel();
    // crossterm installs its SIGWINCH handler on first use: do it before the
    // first frame, or a resize in between would be lost.
    let _ = crossterm::event::poll(Duration::ZERO);
    let events = sender.clone();
    thread::spawn(move || {
        loop {
            let Some(batch) = read_batch() else {
                let _ = events.send(Input::HangUp);
                return;
            };
            for event in super::burst::merge(batch) {
                if events.send(Input::Terminal(event)).is_err() {
                    return;
                }
            }
        }
    });
    let watch = sender.clone();
    thread::spawn(move || {
        loop {
            thread::sleep(HANG_UP_CHECK);
            // A hung-up terminal answers every request with an error, so
            // it no longer counts as a terminal.
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                let _ = watch.send(Input::HangUp);
                return;
            }
        }
    });
    watch_signals(sender.clone());
    (receiver, sender)
}

/// How long the reader waits for more of a batch. crossterm's poll-based
/// reader (`use-dev-tty`, the one that never loses a key arriving with a
/// resize) only looks at the keys it has already read when the wait is not
/// zero; a millisecond is far below any typing rhythm.
const BATCH_WAIT: Duration = Duration::from_millis(1);

/// One event, and every event already read with it (a paste without
/// bracketed paste arrives so); `None` when the terminal is gone.
fn read_batch() -> Option<Vec<crossterm::event::Event>> {
    let mut batch = vec![crossterm::event::read().ok()?];
    while matches!(crossterm::event::poll(BATCH_WAIT), Ok(true)) {
        batch.push(crossterm::event::read().ok()?);
    }
    Some(batch)
}

/// Every signal whose default action ends the process and that a program
/// may catch: left to its default, it would end the interface with the
/// terminal raw and in the alternate screen (`kill -INT`, `kill -QUIT`,
/// `timeout -s USR1`, a CPU limit). Each saves and leaves instead.
#[cfg(unix)]
const LEAVING: [i32; 11] = {
    use signal_hook::consts::{
        SIGALRM, SIGHUP, SIGINT, SIGIO, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGVTALRM,
        SIGXCPU,
    };
    [
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGIO,
    ]
};

#[cfg(unix)]
fn watch_signals(sender: Sender<Input>) {
    use signal_hook::consts::{SIGCONT, SIGTSTP};
    let watched = LEAVING.into_iter().chain([SIGTSTP, SIGCONT]);
    let Ok(mut signals) = signal_hook::iterator::Signals::new(watched) else {
        return;
    };
    thread::spawn(move || {
        for signal in signals.forever() {
            let input = match signal {
                SIGTSTP => Input::Suspend,
                SIGCONT => Input::Resume,
                _ => Input::Stop,
            };
            if sender.send(input).is_err() {
                return;
            }
        }
    });
}

#[cfg(not(unix))]
fn watch_signals(_sender: Sender<Input>) {}
