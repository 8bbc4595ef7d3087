//! The full-screen session: read an event, turn it into an action, update
//! the state, run the effects, draw. Nothing happens between events, so an
//! idle interface uses no CPU. The terminal is given back on every way out
//! (return, error, panic, hang-up, suspension), and a save that failed at
//! the end is reported once the terminal is restored.

mod burst;
mod capped;
pub mod effects;
mod inputs;
mod loading;
mod screen;

use std::collections::VecDeque;
use std::fmt;
use std::io::{IsTerminal, stdout};
use std::sync::mpsc::Receiver;

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::action::Action;
use crate::app::keymap;
use crate::app::state::{State, Status};
use crate::app::store::Store;
use crate::cache::{LaterGrams, LaterIndex, Prepared, Tools};
use crate::catalog::{LoadError, Place};
use crate::exit::Status as ExitStatus;
use crate::search::SearchIndex;
use crate::theme::Theme;
use effects::Effects;
use inputs::Input;
use screen::Screen;

/// Why the session ended badly, in one French sentence; `exit_code` is
/// what the process should return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionError {
    pub message: String,
    pub exit_code: u8,
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SessionError {}

impl SessionError {
    fn new(message: impl Into<String>, exit_code: u8) -> Self {
        Self {
            message: message.into(),
            exit_code,
        }
    }
}

/// Reads a large catalogue's tool index, then its prefilter, on a thread
/// of their own while the main screen is shown: the index is sent once
/// read (`None` if it cannot be), and the prefilter filled into it after
/// (searches give the same results without it, slower). A thread that
/// cannot start drops the sender: the interface then builds the index.
fn read_later(
    later: LaterIndex,
    grams: Option<LaterGrams>,
) -> Receiver<Option<std::sync::Arc<SearchIndex>>> {
    let (send, coming) = std::sync::mpsc::channel();
    let _ = std::thread::Builder::new().spawn(move || {
        let index = later.read().map(std::sync::Arc::new);
        let _ = send.send(index.clone());
        if let (Some(index), Some(grams)) = (index, grams) {
            grams.fill(&index);
        }
    });
    coming
}

/// Whether the interface can run here: a terminal on both sides that can
/// draw. `TERM=dumb` (Emacs shells, some CI logs) cannot.
fn can_draw() -> bool {
    let dumb = std::env::var("TERM").is_ok_and(|term| term == "dumb");
    std::io::stdin().is_terminal() && stdout().is_terminal() && !dumb
}

/// Runs the interface until the user quits. The catalogue is loaded by
/// `load` on another thread, behind a first frame drawn at once;
/// `session_place` (`--territoire`) wins over the saved territory for
/// this session.
pub fn run(
    load: impl FnOnce() -> Result<Prepared, LoadError> + Send + 'static,
    session_place: Option<Place>,
) -> Result<(), SessionError> {
    if !can_draw() {
        // A broken catalogue is the first thing to report, terminal or not.
        load().map_err(|e| SessionError::new(e.to_string(), ExitStatus::Input.code()))?;
        return Err(SessionError::new(
            crate::text::NO_TERMINAL,
            ExitStatus::Usage.code(),
        ));
    }
    let mut store = Store::locate();
    let (prefs, warning) = store.load();
    crate::private_file::quiet_lock_waits(true);
    let theme = Theme::from_env();
    screen::install_panic_cleanup();
    let opened = screen::enter()
        .and_then(|()| Terminal::new(capped::Capped(CrosstermBackend::new(stdout()))))
        .and_then(|terminal| terminal.size().map(|size| (terminal, size)));
    let (mut terminal, size) = match opened {
        Ok(opened) => opened,
        Err(error) => {
            screen::leave();
            return Err(SessionError::new(
                format!("{} ({error})", crate::text::NO_TERMINAL),
                ExitStatus::Usage.code(),
            ));
        }
    };
    let (inputs, sender) = inputs::start();
    let size = capped::capped(size.width, size.height);
    let prepare = move || {
        load()
            .map(|p| {
                let parts = p.into_parts();
                let mut state = match parts.tools {
                    Tools::Ready(tools) => {
                        State::with_index(parts.catalog, (*tools, parts.guides), prefs, size)
                    }
                    Tools::Later(mut later) => {
                        let order = later.take_name_order();
                        let coming = (&order, read_later(later, parts.later_grams));
                        State::with_coming_index(parts.catalog, coming, parts.guides, prefs, size)
                    }
                };
                state.set_bodies(parts.bodies);
                state
            })
            .map_err(|e| e.to_string())
    };
    let (mut state, typed_ahead) = match loading::wait(&mut terminal, &inputs, prepare) {
        loading::Loaded::Ready(state, typed) => (state, typed),
        loading::Loaded::Failed(message) => {
            screen::leave();
            return Err(SessionError::new(message, ExitStatus::Input.code()));
        }
        loading::Loaded::Left(input) => {
            if matches!(input, Input::HangUp) {
                screen::mark_hung_up();
            }
            screen::leave();
            if screen::hung_up() {
                std::mem::forget(terminal);
            }
            return Ok(());
        }
    };
    if let Some(place) = session_place {
        state.override_place(place);
    }
    if let Some(text) = warning {
        state.status = Some(Status {
            text,
            is_error: true,
            about: None,
        });
    }
    let notify: effects::Notify = std::sync::Arc::new(move |action| {
        let _ = sender.send(Input::Action(action));
    });
    let mut effects = Effects::new(store, Some(notify));
    let mut session = Session {
        terminal: &mut terminal,
        state: &mut state,
        effects: &mut effects,
        theme,
        view: crate::ui::View::default(),
        save_error: None,
    };
    let ended = session.event_loop(&inputs, typed_ahead);
    let mut save_error = session.save_error.take();
    screen::leave();
    // The terminal is back: a write still waiting for a lock may say so.
    crate::private_file::quiet_lock_waits(false);
    if let Some(failure) = effects.finish_writes() {
        save_error = Some(failure);
    }
    // `leave` showed the cursor already. ratatui would show it again when
    // the terminal is dropped, and print (panic) if it cannot, as on a
    // terminal gone with SIGHUP: it is not dropped.
    std::mem::forget(terminal);
    // The clipboard hands its text over while the terminal is already back.
    drop(effects);
    match (save_error, ended) {
        (Some(message), _) => Err(SessionError::new(message, ExitStatus::Output.code())),
        (None, Err(message)) => Err(SessionError::new(message, 1)),
        (None, Ok(())) => Ok(()),
    }
}

struct Session<'a> {
    terminal: &'a mut Screen,
    state: &'a mut State,
    effects: &'a mut Effects,
    theme: Theme,
    /// Draws the frames, remembering the last card laid out.
    view: crate::ui::View,
    /// The last save's failure, if the last save failed.
    save_error: Option<String>,
}

impl Session<'_> {
    fn event_loop(
        &mut self,
        inputs: &Receiver<Input>,
        typed_ahead: Vec<Event>,
    ) -> Result<(), String> {
        // The question typed while loading, as if typed now.
        for event in typed_ahead {
            if let Some(action) = keymap::action_for(&event, self.state) {
                self.dispatch(action);
            }
        }
        self.draw()?;
        // Blocks until something happens: no tick, no CPU when idle.
        loop {
            let input = inputs.recv().unwrap_or(Input::HangUp);
            let action = match input {
                Input::Terminal(event) if is_suspend_key(&event) => {
                    screen::suspend(self.terminal);
                    None
                }
                Input::Terminal(event) => keymap::action_for(&event, self.state),
                Input::Action(action) => Some(action),
                Input::Stop => Some(Action::Quit),
                Input::HangUp => {
                    // A read error on a terminal still there: leave
                    // normally, giving it back.
                    if !(std::io::stdin().is_terminal() && stdout().is_terminal()) {
                        screen::mark_hung_up();
                    }
                    Some(Action::Quit)
                }
                Input::Suspend => {
                    screen::suspend(self.terminal);
                    None
                }
                Input::Resume => {
                    screen::resume(self.terminal);
                    None
                }
            };
            if let Some(action) = action {
                self.dispatch(action);
            }
            if self.state.should_quit {
                return Ok(());
            }
            if screen::hung_up() {
                continue;
            }
            if let Err(error) = self.draw() {
                // The terminal failed under us: keep what the user did.
                self.dispatch(Action::Quit);
                return Err(format!("affichage impossible ({error})."));
            }
        }
    }

    /// Draws a frame and hands what it measured to `update`.
    fn draw(&mut self) -> Result<(), String> {
        let (state, theme, view) = (&*self.state, self.theme, &mut self.view);
        let mut report = None;
        self.terminal
            .draw(|frame| report = Some(view.draw(frame, state, theme)))
            .map_err(|e| e.to_string())?;
        if let Some(report) = report
            && report != self.state.drawn
        {
            self.dispatch(Action::Drawn(report));
        }
        Ok(())
    }

    /// Applies an action and everything its effects report back, noting
    /// how the last save went.
    fn dispatch(&mut self, action: Action) {
        let mut queue = VecDeque::from([action]);
        while let Some(action) = queue.pop_front() {
            match &action {
                Action::SaveFinished(result) | Action::LocalSaved { result, .. } => {
                    self.save_error = result.as_ref().err().cloned();
                }
                _ => {}
            }
            for effect in crate::app::update::update(self.state, action) {
                let mut out = stdout();
                if let Some(next) = self.effects.run(effect, &mut out) {
                    queue.push_back(next);
                }
            }
        }
    }
}

/// Ctrl-Z: in raw mode the terminal sends it as a key, not as SIGTSTP.
fn is_suspend_key(event: &Event) -> bool {
    matches!(event, Event::Key(key)
        if key.kind == KeyEventKind::Press
            && key.modifiers.contains(KeyModifiers::CONTROL)
            && key.code == KeyCode::Char('z'))
}
