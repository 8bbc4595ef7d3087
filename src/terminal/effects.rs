//! Runs the effects `update` asks for: the clipboard, the browser, the
//! user's files (on a writer thread), mouse capture and the background
//! search. Each hands back an action telling the state how it went.

use std::io::Write;
use std::sync::Arc;
use std::sync::mpsc::{self, Sender};

use crate::app::action::{Action, MailReport};
use crate::app::effect::{CopyReport, Effect, MailRequest, SearchRequest};
use crate::app::store::Store;
use crate::clipboard::{self, ClipboardWorker, CopyOutcome};

/// Runs the search where it is (the worker thread, or in place).
fn run_search(request: &SearchRequest) -> Action {
    Action::SearchFinished {
        generation: request.generation,
        tools: request.tools.search(&request.query),
        guidance: request.guidance.search(&request.query),
    }
}

/// Hands an action back to the event loop from another thread.
pub type Notify = Arc<dyn Fn(Action) + Send + Sync>;

/// A write to the user's files, run by the writer thread.
type WriteJob = Box<dyn FnOnce() -> Action + Send>;

/// The thread that writes the adviser's overlay, in order, so a save
/// waiting for another program's lock (or writing 20,000 notes) never
/// holds the interface; its last failure is handed back at the end.
struct FileWriter {
    jobs: Sender<WriteJob>,
    done: std::thread::JoinHandle<Option<String>>,
}

/// Runs effects; owns the long-lived clipboard, the state file and the
/// background search worker.
pub struct Effects {
    clipboard: Option<ClipboardWorker>,
    store: Store,
    notify: Option<Notify>,
    searches: Option<Sender<SearchRequest>>,
    writer: Option<FileWriter>,
}

impl std::fmt::Debug for Effects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Effects")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl Effects {
    /// Effects against the real system and the given store; without a
    /// notifier, searches run in place.
    pub fn new(store: Store, notify: Option<Notify>) -> Self {
        Self {
            clipboard: None,
            store,
            notify,
            searches: None,
            writer: None,
        }
    }

    /// Runs a write on the writer thread (started on first use); without
    /// a notifier, in place.
    fn write(&mut self, job: WriteJob) -> Option<Action> {
        let Some(notify) = self.notify.clone() else {
            return Some(job());
        };
        let writer = self.writer.get_or_insert_with(|| {
            let (jobs, queue) = mpsc::channel::<WriteJob>();
            let done = std::thread::spawn(move || {
                let mut failure = None;
                while let Ok(job) = queue.recv() {
                    let action = job();
                    if let Action::LocalSaved { result, .. } = &action {
                        failure = result.as_ref().err().cloned();
                    }
                    notify(action);
                }
                failure
            });
            FileWriter { jobs, done }
        });
        // A stopped writer hands the job back: write in place.
        writer.jobs.send(job).err().map(|failed| (failed.0)())
    }

    /// Waits for the writes still queued (at quit: nothing is lost by
    /// leaving); the last one's failure, if it failed.
    pub fn finish_writes(&mut self) -> Option<String> {
        let writer = self.writer.take()?;
        drop(writer.jobs);
        writer.done.join().ok().flatten()
    }

    fn search(&mut self, request: SearchRequest) -> Option<Action> {
        if self.searches.is_none()
            && let Some(notify) = self.notify.clone()
        {
            let (sender, requests) = mpsc::channel::<SearchRequest>();
            std::thread::spawn(move || {
                while let Ok(mut request) = requests.recv() {
                    // Only the latest query matters: skip those typed over.
                    while let Ok(newer) = requests.try_recv() {
                        request = newer;
                    }
                    notify(run_search(&request));
                }
            });
            self.searches = Some(sender);
        }
        match &self.searches {
            // A stopped worker hands the request back: search in place.
            Some(sender) => sender
                .send(request)
                .err()
                .map(|failed| run_search(&failed.0)),
            None => Some(run_search(&request)),
        }
    }

    /// Runs one effect, writing terminal sequences to `terminal`.
    pub fn run(&mut self, effect: Effect, terminal: &mut impl Write) -> Option<Action> {
        match effect {
            Effect::Copy { text, what } => {
                Some(Action::CopyFinished(self.copy(text, what, terminal)))
            }
            Effect::Open(url) => Some(Action::OpenFinished(open_url(&url))),
            Effect::Mail(request) => Some(Action::MailFinished(self.mail(request, terminal))),
            Effect::Save(prefs) => Some(Action::SaveFinished(self.store.save(&prefs))),
            Effect::Search(request) => self.search(request),
            // Listing and checking every colleague's file may take a
            // while on a slow share: on the writer thread, never the
            // interface's, and after any write still queued.
            Effect::ListTeam { folder, save } => self.write(Box::new(move || Action::TeamListed {
                view: crate::app::popup::team::read_view(&folder),
                folder,
                save,
            })),
            Effect::SaveLocal(change) => self.write(Box::new(move || {
                let result = change.clone().write();
                Action::LocalSaved { change, result }
            })),
            Effect::Popup(job) => self.write(Box::new(move || job.run())),
            Effect::MouseCapture(on) => {
                let _ = if on {
                    crossterm::execute!(terminal, crossterm::event::EnableMouseCapture)
                } else {
                    crossterm::execute!(terminal, crossterm::event::DisableMouseCapture)
                };
                None
            }
        }
    }

    /// Through the same opener as Ctrl-O; copied when it cannot go.
    fn mail(&mut self, request: MailRequest, terminal: &mut impl Write) -> MailReport {
        let not_sent = match request.address {
            Ok(address) if crate::opener::open(&address) => {
                return MailReport::Opened { what: request.what };
            }
            Ok(_) => crate::mail::NotSent::NoMailClient,
            Err(reason) => reason,
        };
        let copy = self.copy(request.text, request.what, terminal);
        MailReport::Copied { not_sent, copy }
    }

    fn copy(&mut self, text: String, what: String, terminal: &mut impl Write) -> CopyReport {
        let mut system_error = None;
        if !clipboard::prefer_osc52() {
            let worker = self.clipboard.get_or_insert_with(ClipboardWorker::start);
            match worker.copy(&text) {
                Ok(()) => {
                    return CopyReport {
                        what,
                        outcome: CopyOutcome::System,
                        system_error,
                        text,
                    };
                }
                Err(reason) => system_error = Some(reason),
            }
        }
        let outcome = if let Some(reason) = clipboard::osc52_refusal(&text) {
            CopyOutcome::Failed(reason)
        } else if osc52_plausible() {
            match clipboard::write_osc52(terminal, &text) {
                Ok(()) => CopyOutcome::Osc52,
                Err(e) => CopyOutcome::Failed(crate::text::terminal_write_failed(&e.to_string())),
            }
        } else {
            CopyOutcome::Failed(crate::text::NO_OSC52.to_owned())
        };
        CopyReport {
            what,
            outcome,
            system_error,
            text,
        }
    }
}

/// Terminals known to ignore OSC 52 get the popup straight away.
fn osc52_plausible() -> bool {
    let term = std::env::var("TERM").unwrap_or_default();
    !(term.is_empty() || term == "dumb" || term == "linux")
}

fn open_url(url: &str) -> Result<String, String> {
    if crate::opener::open(url) {
        Ok(url.to_owned())
    } else {
        Err(url.to_owned())
    }
}
