//! Step-by-step popups of the adviser's own layer: a note on the
//! selected tool, and the checklist that evaluates a tool the sources do
//! not list. Each step is a text field or a choice; the keys are the
//! message form's (typing, Tab/↓ and ↑ to change the choice, Entrée to go
//! on, Échap to leave), so nothing new is bound but the keys that open them.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::popup::Overlay;
use crate::app::state::State;
use crate::catalog::{Catalog, Risk};
use crate::local::checklist::{self, QUESTIONS};
use crate::local::evaluate::checked_answers;
use crate::sanitize::clean_line;
use crate::text;

use super::{HEAD_STEPS, Purpose, Step, StepId, StepKind, Wizard, text_step};

/// Opens the note popup on the selected tool.
pub fn start_note(state: &mut State) -> Vec<Effect> {
    let Some(index) = crate::app::copy::selected_tool_index(state) else {
        return crate::app::copy::no_tool(state);
    };
    let tool = &state.catalog.tools[index];
    state.overlay = Some(Overlay::Wizard(Wizard {
        purpose: Purpose::Note {
            tool: tool.id.clone(),
            name: tool.name.clone(),
        },
        steps: vec![text_step(StepId::Note, text::NOTE_PROMPT, true)],
        current: 0,
        error: None,
        typed_number: 0,
    }));
    Vec::new()
}

/// Opens the message popup for a tool without a source message.
pub fn start_message(state: &mut State) -> Vec<Effect> {
    let Some(index) = crate::app::copy::selected_tool_index(state) else {
        return crate::app::copy::no_tool(state);
    };
    // Whether the sources give a message is in the body.
    if state.refuse_if_missing(index) {
        return Vec::new();
    }
    let tool = &state.catalog.tools[index];
    if tool.family_message.is_some() {
        state.set_status(text::HAS_SOURCE_MESSAGE.to_owned(), true);
        return Vec::new();
    }
    // A message to families about a tool the sources proscribe or doubt
    // would invite them to it: said before writing, with what instead.
    let warning = (tool.risk.level > crate::catalog::Risk::Precautions).then(|| {
        let instead = state
            .alternatives(index)
            .first()
            .map(|t| clean_line(&t.name));
        text::message_for_unsafe_tool(
            &clean_line(&tool.name),
            tool.risk.level == crate::catalog::Risk::Forbidden,
            instead.as_deref(),
        )
    });
    let keys: Vec<String> = state
        .catalog
        .placeholders
        .iter()
        .map(|p| format!("{{{}}} {}", p.key, clean_line(&p.label)))
        .collect();
    let mut step = text_step(StepId::Message, text::MESSAGE_PROMPT, true);
    step.kind = StepKind::Text {
        required: true,
        multiline: true,
    };
    step.cite = Some(format!("{} {}", text::MESSAGE_BLANKS, keys.join(" · ")));
    if let Some(previous) = state.catalog.local.message_of(&tool.id) {
        step.value.clone_from(&previous.text);
    }
    state.overlay = Some(Overlay::Wizard(Wizard {
        purpose: Purpose::Message {
            tool: tool.id.clone(),
            name: tool.name.clone(),
        },
        steps: vec![step],
        current: 0,
        error: None,
        typed_number: 0,
    }));
    if let Some(warning) = warning {
        state.set_status(warning, true);
    }
    Vec::new()
}

/// Opens the checklist for a tool the sources do not list.
pub fn start_evaluation(state: &mut State) -> Vec<Effect> {
    let catalog = &state.catalog;
    let mut steps = vec![
        text_step(StepId::ToolName, text::wizard::TOOL_NAME_PROMPT, true),
        text_step(StepId::ToolUrl, text::wizard::TOOL_URL_PROMPT, false),
        Step {
            id: StepId::Need,
            prompt: text::wizard::NEED_PROMPT.to_owned(),
            cite: None,
            kind: StepKind::Choice(
                catalog
                    .categories
                    .iter()
                    .map(|c| (c.id.clone(), clean_line(&c.label)))
                    .collect(),
            ),
            value: String::new(),
            choice: 0,
        },
    ];
    for question in &QUESTIONS {
        let short = catalog
            .source(question.source)
            .map_or(question.source, |s| s.short.as_str());
        steps.push(Step {
            id: StepId::Question(question.id),
            prompt: question.ask.to_owned(),
            cite: Some(text::wizard::quoted_criterion(short, question.quote)),
            kind: StepKind::Choice(
                question
                    .choices
                    .iter()
                    .map(|c| (c.id.to_owned(), c.label.to_owned()))
                    .collect(),
            ),
            value: String::new(),
            choice: 0,
        });
    }
    state.overlay = Some(Overlay::Wizard(Wizard {
        purpose: Purpose::Evaluation,
        steps,
        current: 0,
        error: None,
        typed_number: 0,
    }));
    Vec::new()
}

/// The keys of the form, applied to the wizard.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::Wizard(wizard)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::FormInput(c) => wizard.push(c),
        Action::Paste(text) => wizard.paste(&text),
        Action::FormNewLine if wizard.multiline() => wizard.push('\n'),
        Action::FormBackspace => wizard.backspace(),
        Action::FormClear => wizard.clear(),
        Action::FormNext | Action::Down => wizard.move_choice(true),
        Action::FormPrev | Action::Up => wizard.move_choice(false),
        Action::FormSubmit => return submit(state),
        Action::CloseOverlay => return crate::app::popup::shared::close(state),
        _ => {}
    }
    Vec::new()
}

/// Entrée: check the step, go to the next one, or finish.
fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Wizard(wizard)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    if let Some(step) = wizard.step()
        && matches!(step.kind, StepKind::Text { required: true, .. })
        && step.value.trim().is_empty()
        && (step.id != StepId::Reason || level_changed(wizard))
    {
        wizard.error = Some(text::STEP_REQUIRED.to_owned());
        return Vec::new();
    }
    // After the grid's last question come the proposed level and the reason.
    let last_question = QUESTIONS.all().last().map(|q| StepId::Question(q.id));
    if wizard.purpose == Purpose::Evaluation && wizard.step().map(|s| s.id) == last_question {
        add_level_steps(wizard, &state.catalog);
    }
    if wizard.current + 1 < wizard.steps.len() {
        wizard.current += 1;
        wizard.typed_number = 0;
        return Vec::new();
    }
    let Some(Overlay::Wizard(wizard)) = state.overlay.take() else {
        return Vec::new();
    };
    match &wizard.purpose {
        Purpose::Note { tool, .. } => crate::app::local_actions::finish_note(
            state,
            tool.clone(),
            &wizard.answer(StepId::Note),
        ),
        Purpose::Message { tool, .. } => {
            crate::app::local_actions::finish_message(state, wizard.clone(), tool.clone())
        }
        Purpose::Evaluation => crate::app::local_actions::finish_evaluation(state, wizard),
    }
}

fn level_changed(wizard: &Wizard) -> bool {
    wizard
        .steps
        .iter()
        .find(|s| s.id == StepId::Level)
        .is_some_and(|s| s.choice != 0)
}

/// After the last question: the proposed level with its rule, first of
/// the choices, then the other levels; and the reason if it is changed.
fn add_level_steps(wizard: &mut Wizard, catalog: &Catalog) {
    wizard.steps.truncate(HEAD_STEPS + QUESTIONS.len());
    let Ok(answers) = checked_answers(&wizard.evaluation_input()) else {
        return;
    };
    let _ = catalog;
    let (proposed, rule) = checklist::propose(&answers);
    let mut choices = vec![(
        proposed.id().to_owned(),
        text::wizard::confirm_level(proposed),
    )];
    choices.extend(
        Risk::ALL
            .into_iter()
            .filter(|r| *r != proposed)
            .map(|r| (r.id().to_owned(), text::wizard::change_level(r))),
    );
    wizard.steps.push(Step {
        id: StepId::Level,
        prompt: text::wizard::proposed_level_prompt(proposed),
        cite: Some(rule),
        kind: StepKind::Choice(choices),
        value: String::new(),
        choice: 0,
    });
    wizard
        .steps
        .push(text_step(StepId::Reason, text::REASON_PROMPT, true));
}
