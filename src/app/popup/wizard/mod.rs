//! The adviser's step-by-step forms (a note, a message, an evaluation):
//! their steps and answers, as data the state holds and the interface draws,
//! and their keys. What the keys do is in `update.rs`, the drawing in
//! `crate::ui::popup::wizard`.

pub mod update;

use std::collections::BTreeMap;

use crossterm::event::KeyCode;

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, alt, bind, ctrl, plain};
use crate::text::keys as words;

use crate::local::checklist::QUESTIONS;
use crate::local::evaluate::EvaluationInput;
use crate::sanitize::clean_line;
use crate::text;

/// What a step asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// Free text; `required` refuses an empty answer; `multiline` takes
    /// line breaks (typed with the new-line keys, or pasted).
    Text { required: bool, multiline: bool },
    /// One of these (id, label).
    Choice(Vec<(String, String)>),
}

/// Which answer a step gives (the grid's questions by their id in
/// `data/checklist.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepId {
    Note,
    Message,
    ToolName,
    ToolUrl,
    Need,
    Question(&'static str),
    Level,
    Reason,
}

/// One step of a wizard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Which answer it gives.
    pub id: StepId,
    pub prompt: String,
    /// Where the question comes from, quoted.
    pub cite: Option<String>,
    pub kind: StepKind,
    pub value: String,
    pub choice: usize,
}

/// What the wizard produces when done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Note { tool: String, name: String },
    Message { tool: String, name: String },
    Evaluation,
}

/// A step-by-step popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wizard {
    pub purpose: Purpose,
    pub steps: Vec<Step>,
    pub current: usize,
    /// Why the last Entrée was refused.
    pub error: Option<String>,
    /// The number typed so far on a choice step (0: none), so that « 1 »
    /// then « 0 » picks the tenth choice.
    pub typed_number: usize,
}

/// The evaluation's first steps: the tool's name, its address, its need.
pub(super) const HEAD_STEPS: usize = 3;
/// The evaluation's last steps: the proposed level, the reason to change it.
pub(super) const LEVEL_STEPS: usize = 2;

/// Longest answer of a one-line step (a note, a name).
const MAX_LINE_CHARS: usize = 500;
/// Longest own family message: a few paragraphs, not a document.
const MAX_MULTILINE_CHARS: usize = 4000;

pub(crate) fn text_step(id: StepId, prompt: &str, required: bool) -> Step {
    Step {
        id,
        prompt: prompt.to_owned(),
        cite: None,
        kind: StepKind::Text {
            required,
            multiline: false,
        },
        value: String::new(),
        choice: 0,
    }
}

impl Wizard {
    /// The title of the popup.
    pub fn title(&self) -> String {
        match &self.purpose {
            Purpose::Note { name, .. } => format!("{} — {}", text::LOCAL_NOTE, clean_line(name)),
            Purpose::Message { name, .. } => {
                format!("{} — {}", text::LOCAL_MESSAGE, clean_line(name))
            }
            Purpose::Evaluation => text::EVALUATION_TITLE.to_owned(),
        }
    }

    /// How many steps the popup has in all, known from the start: the
    /// evaluation's level steps are added after its questions, and the
    /// counter must not jump when they are.
    pub fn step_count(&self) -> usize {
        match self.purpose {
            Purpose::Evaluation => self
                .steps
                .len()
                .max(HEAD_STEPS + QUESTIONS.len() + LEVEL_STEPS),
            Purpose::Note { .. } | Purpose::Message { .. } => self.steps.len(),
        }
    }

    /// The step shown.
    pub fn step(&self) -> Option<&Step> {
        self.steps.get(self.current)
    }

    pub(crate) fn step_mut(&mut self) -> Option<&mut Step> {
        self.steps.get_mut(self.current)
    }

    pub(crate) fn push(&mut self, c: char) {
        self.error = None;
        if let Some(StepKind::Choice(choices)) = self.step().map(|s| &s.kind) {
            let count = choices.len();
            self.type_digit(c, count);
            return;
        }
        let Some(step) = self.step_mut() else { return };
        match &step.kind {
            StepKind::Text { multiline, .. } => {
                let (fits, limit) = if *multiline {
                    (
                        c == '\n' || !crate::sanitize::is_hidden(c),
                        MAX_MULTILINE_CHARS,
                    )
                } else {
                    (!crate::sanitize::is_hidden(c), MAX_LINE_CHARS)
                };
                if fits && step.value.chars().count() < limit {
                    step.value.push(c);
                }
            }
            StepKind::Choice(_) => {}
        }
    }

    /// A digit picks a choice by its number, as in the command line's
    /// prompts; digits typed one after the other make one number while it
    /// is a choice's (« 1 », « 0 »: the tenth), otherwise the last digit
    /// starts a new one.
    fn type_digit(&mut self, c: char, count: usize) {
        let Some(digit) = c.to_digit(10).and_then(|d| usize::try_from(d).ok()) else {
            return;
        };
        let longer = self.typed_number.saturating_mul(10).saturating_add(digit);
        let number = [longer, digit]
            .into_iter()
            .find(|n| (1..=count).contains(n));
        self.typed_number = number.unwrap_or(0);
        if let Some(number) = number
            && let Some(step) = self.step_mut()
        {
            step.choice = number - 1;
        }
    }

    /// Whether the step shown takes line breaks.
    pub fn multiline(&self) -> bool {
        self.step().is_some_and(|s| {
            matches!(
                s.kind,
                StepKind::Text {
                    multiline: true,
                    ..
                }
            )
        })
    }

    /// Pasted text: its line breaks kept where the step takes them (the
    /// first line only elsewhere), every other control, escape or
    /// invisible character dropped by the one cleaning policy.
    pub(crate) fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.multiline() {
            crate::sanitize::clean(&text)
        } else {
            clean_line(text.lines().next().unwrap_or(""))
        };
        text.chars().for_each(|c| self.push(c));
    }

    pub(crate) fn backspace(&mut self) {
        if let Some(step) = self.step_mut() {
            step.value.pop();
        }
    }

    pub(crate) fn clear(&mut self) {
        if let Some(step) = self.step_mut() {
            step.value.clear();
        }
    }

    pub(crate) fn move_choice(&mut self, down: bool) {
        self.typed_number = 0;
        if let Some(step) = self.step_mut()
            && let StepKind::Choice(choices) = &step.kind
        {
            let last = choices.len().saturating_sub(1);
            step.choice = if down {
                (step.choice + 1).min(last)
            } else {
                step.choice.saturating_sub(1)
            };
        }
    }

    /// The answer of a step: the text, or the chosen id.
    pub(crate) fn answer(&self, id: StepId) -> String {
        self.steps
            .iter()
            .find(|s| s.id == id)
            .map(|s| match &s.kind {
                StepKind::Text { .. } => s.value.trim().to_owned(),
                StepKind::Choice(choices) => choices
                    .get(s.choice)
                    .map_or_else(String::new, |c| c.0.clone()),
            })
            .unwrap_or_default()
    }

    pub(crate) fn evaluation_input(&self) -> EvaluationInput {
        let answers: BTreeMap<String, String> = QUESTIONS
            .iter()
            .map(|q| (q.id.to_owned(), self.answer(StepId::Question(q.id))))
            .collect();
        let level = self.answer(StepId::Level);
        EvaluationInput {
            name: self.answer(StepId::ToolName),
            address: Some(self.answer(StepId::ToolUrl)).filter(|a| !a.is_empty()),
            needs: vec![self.answer(StepId::Need)],
            answers,
            level: Some(level).filter(|n| !n.is_empty()),
            reason: self.answer(StepId::Reason),
        }
    }
}

/// The adviser's own forms (note, message, evaluation), step by step:
/// typing fills the field, Enter goes on and, at the last step, saves.
pub const KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::FormSubmit],
        words::WIZARD_SUBMIT,
        words::HINT_CONFIRM,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        words::WIZARD_CANCEL,
        words::HINT_CANCEL,
    ),
    bind(
        &[plain(KeyCode::Down), plain(KeyCode::Tab)],
        &[Action::FormNext],
        words::WIZARD_NEXT_CHOICE,
        words::HINT_CHOOSE,
    ),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::BackTab)],
        &[Action::FormPrev],
        words::WIZARD_PREV_CHOICE,
        "",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        words::DELETE_LETTER,
        "",
    ),
    bind(&[ctrl('u')], &[Action::FormClear], words::EMPTY_FIELD, ""),
    bind(
        // Ctrl-J is the line feed itself: it works where Alt-Entrée is
        // taken by the terminal (full screen) or the window manager.
        &[alt(KeyCode::Enter), ctrl('j')],
        &[Action::FormNewLine],
        words::WIZARD_NEW_LINE,
        "",
    ),
];
