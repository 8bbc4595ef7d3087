//! The terminal interface: read an event, turn it into an action, update
//! the state, run the effects, draw. Nothing happens between events, so an
//! idle interface uses no CPU.

pub mod action;
mod copy;
pub mod effect;
pub mod form;
pub mod history;
pub mod keymap;
mod lists;
mod lookup;
mod navigate;
pub mod state;
pub mod store;
pub mod update;

use std::collections::VecDeque;
use std::io::stdout;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use color_eyre::Result;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::DefaultTerminal;

use crate::catalog::Catalog;
use crate::theme::Theme;
use action::Action;
use effect::Effects;
use state::{State, Status};
use store::Store;

/// Runs the interface until the user quits; the terminal is restored on
/// every way out (return, error, panic).
pub fn run(catalog: Catalog) -> Result<()> {
    let mut store = Store::locate();
    let (prefs, warning) = store.load();
    let theme = Theme::from_env();
    let mut terminal = ratatui::init();
    install_panic_cleanup();
    let _ = crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = (|| {
        let size = terminal.size()?;
        let mut state = State::new(catalog, prefs, (size.width, size.height));
        if let Some(text) = warning {
            state.status = Some(Status {
                text,
                is_error: true,
            });
        }
        let (inputs, sender) = start_inputs();
        let notify: effect::Notify = Box::new(move |action| {
            let _ = sender.send(Input::Action(action));
        });
        let mut effects = Effects::new(store, Some(notify));
        event_loop(&mut terminal, &mut state, &mut effects, &inputs, theme)
    })();
    let _ = crossterm::execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}

/// ratatui's hook restores the screen; mouse capture and paste are ours.
fn install_panic_cleanup() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        previous(info);
    }));
}

/// What wakes the loop: a terminal event, or a signal asking to stop.
enum Input {
    Terminal(crossterm::event::Event),
    /// The result of work done on another thread (a background search).
    Action(Action),
    Stop,
    Failed(std::io::Error),
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    state: &mut State,
    effects: &mut Effects,
    inputs: &Receiver<Input>,
    theme: Theme,
) -> Result<()> {
    terminal.draw(|frame| crate::ui::draw(frame, state, theme))?;
    // Blocks until something happens: no tick, no CPU when idle.
    while let Ok(input) = inputs.recv() {
        let action = match input {
            Input::Terminal(event) => keymap::action_for(&event, state),
            Input::Action(action) => Some(action),
            // SIGTERM, or SIGHUP when an SSH session drops: save and leave.
            Input::Stop => Some(Action::Quit),
            Input::Failed(error) => {
                dispatch(state, effects, Action::Quit);
                return Err(error.into());
            }
        };
        if let Some(action) = action {
            dispatch(state, effects, action);
        }
        if state.should_quit {
            return Ok(());
        }
        terminal.draw(|frame| crate::ui::draw(frame, state, theme))?;
    }
    Ok(())
}

/// Terminal events, stop signals and background results, merged into one
/// channel; the sender is for the background work.
fn start_inputs() -> (Receiver<Input>, Sender<Input>) {
    let (sender, receiver) = mpsc::channel();
    let events = sender.clone();
    // crossterm installs its SIGWINCH handler on first use: do it before the
    // first frame, or a resize in between would be lost.
    let _ = crossterm::event::poll(std::time::Duration::ZERO);
    thread::spawn(move || {
        loop {
            let input = match crossterm::event::read() {
                Ok(event) => Input::Terminal(event),
                Err(error) => Input::Failed(error),
            };
            let failed = matches!(input, Input::Failed(_));
            if events.send(input).is_err() || failed {
                return;
            }
        }
    });
    watch_signals(sender.clone());
    (receiver, sender)
}

#[cfg(unix)]
fn watch_signals(sender: Sender<Input>) {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
        thread::spawn(move || {
            for _ in signals.forever() {
                if sender.send(Input::Stop).is_err() {
                    return;
                }
            }
        });
    }
}

#[cfg(not(unix))]
fn watch_signals(_sender: Sender<Input>) {}

/// Applies an action and everything its effects report back.
pub fn dispatch(state: &mut State, effects: &mut Effects, action: Action) {
    let mut queue = VecDeque::from([action]);
    while let Some(action) = queue.pop_front() {
        for effect in update::update(state, action) {
            if let Some(next) = effects.run(effect, &mut stdout()) {
                queue.push_back(next);
            }
        }
    }
}
