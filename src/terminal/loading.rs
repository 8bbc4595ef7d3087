//! The catalogue loads on another thread while the screen already shows
//! that it is loading: a large catalogue never leaves the user in front of
//! an empty terminal. A catalogue that loads quickly (the bundled one) is
//! shown directly, without a loading frame in between.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::{Alignment, Constraint, Flex, Layout};
use ratatui::widgets::Paragraph;

use super::inputs::Input;

/// A load that ends within this time is shown directly.
const QUIET_LOAD: Duration = Duration::from_millis(40);
/// How often the elapsed time on the loading frame is refreshed.
const REFRESH: Duration = Duration::from_millis(250);

/// How waiting for the catalogue ended.
pub enum Loaded<T> {
    /// The catalogue, and the keys of a question typed while it loaded
    /// (to be handled as if typed now).
    Ready(T, Vec<Event>),
    /// The load failed: a French sentence.
    Failed(String),
    /// The user quit, or a signal or hang-up asked to stop, before the end.
    Left(Input),
}

/// Runs `load` on another thread and waits for it, drawing a loading frame
/// (with the time elapsed) if it takes more than a moment. `Échap`,
/// `Ctrl-C` and `Ctrl-Q` leave; stop signals and hang-ups are handed back.
/// A question typed meanwhile is shown, and handed back with the
/// catalogue: the adviser starts typing as the teacher speaks.
pub fn wait<T: Send + 'static, B: Backend>(
    terminal: &mut Terminal<B>,
    inputs: &Receiver<Input>,
    load: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Loaded<T> {
    let started = Instant::now();
    let (sender, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = sender.send(load());
    });
    let ended = |outcome: Result<T, String>, typed: Vec<Event>| match outcome {
        Ok(value) => Loaded::Ready(value, typed),
        Err(message) => Loaded::Failed(message),
    };
    match result.recv_timeout(QUIET_LOAD) {
        Ok(outcome) => return ended(outcome, Vec::new()),
        Err(RecvTimeoutError::Disconnected) => return Loaded::Failed(String::new()),
        Err(RecvTimeoutError::Timeout) => {}
    }
    let mut drawn_at = None;
    let mut typed = TypedAhead::default();
    loop {
        if drawn_at.is_none_or(|at: Instant| at.elapsed() >= REFRESH) {
            let _ = terminal.draw(|frame| draw(frame, started.elapsed(), &typed.text));
            drawn_at = Some(Instant::now());
        }
        match result.try_recv() {
            Ok(outcome) => return ended(outcome, typed.keys),
            Err(mpsc::TryRecvError::Disconnected) => return Loaded::Failed(String::new()),
            Err(mpsc::TryRecvError::Empty) => {}
        }
        match inputs.recv_timeout(Duration::from_millis(15)) {
            Ok(Input::Terminal(Event::Key(key))) if key.kind == KeyEventKind::Press => {
                // The quitting keys of the interface; a letter typed while
                // loading never quits (it may be the start of a question).
                let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
                let quits = matches!(key.code, KeyCode::Char('c' | 'q')) && ctrl;
                if quits || key.code == KeyCode::Esc {
                    return Loaded::Left(Input::Terminal(Event::Key(key)));
                }
                if typed.take(Event::Key(key)) {
                    drawn_at = None;
                }
            }
            Ok(Input::Terminal(Event::Resize(..))) => drawn_at = None,
            Ok(input @ (Input::Stop | Input::HangUp)) => return Loaded::Left(input),
            Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Loaded::Left(Input::HangUp),
        }
    }
}

/// The keys of a question typed while loading: characters and erasing,
/// nothing else (a command needs the catalogue and waits for it).
#[derive(Default)]
struct TypedAhead {
    keys: Vec<Event>,
    /// What they spell, cleaned, for the loading frame.
    text: String,
}

impl TypedAhead {
    /// Keeps a key if it types or erases; says whether it did.
    fn take(&mut self, event: Event) -> bool {
        let Event::Key(key) = event else {
            return false;
        };
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char(c) if plain && !crate::sanitize::is_hidden(c) => {
                self.text.push(c);
            }
            KeyCode::Backspace if !self.text.is_empty() => {
                self.text.pop();
            }
            _ => return false,
        }
        self.keys.push(event);
        true
    }
}

fn draw(frame: &mut ratatui::Frame<'_>, elapsed: Duration, typed: &str) {
    let mut text = crate::text::loading_catalogue(elapsed.as_secs());
    if !typed.is_empty() {
        text.push_str(&crate::text::typed_while_loading(typed));
    }
    let lines = u16::try_from(text.lines().count()).unwrap_or(u16::MAX);
    let [area] = Layout::vertical([Constraint::Length(lines)])
        .flex(Flex::Center)
        .areas(frame.area());
    frame.render_widget(Paragraph::new(text).alignment(Alignment::Center), area);
}
