//! Copying: the family message (through the form when it has blanks), the
//! precautions, the card, a guidance section; and what to say afterwards.
//! The texts come from the card model, rendered for an email.

use super::action::{Action, CopyReport};
use super::effect::Effect;
use super::keymap::{Mode, keys_for};
use super::popup::Overlay;
use super::popup::form::Form;
use super::state::{Item, State};
use crate::card::{self, plain};
use crate::catalog::{Catalog, Tool};
use crate::clipboard::CopyOutcome;
use crate::text;

pub(crate) fn selected_tool_index(state: &State) -> Option<usize> {
    match state.entry()?.item {
        Item::Tool(i) => Some(i),
        Item::Guidance(_) => None,
    }
}

pub(crate) fn no_tool(state: &mut State) -> Vec<Effect> {
    state.set_status(text::SELECT_TOOL_FIRST.to_owned(), true);
    Vec::new()
}

pub(crate) fn copy_message(state: &mut State) -> Vec<Effect> {
    let Some(index) = selected_tool_index(state) else {
        return copy_guidance(state);
    };
    let tool = &state.catalog.tools[index];
    if state.catalog.message_text(tool).is_none() {
        // No message for families in the sources: said, and what exists
        // offered (the teacher's instruction is in the precautions notice,
        // the adviser may write their own message); nothing copied.
        let has_instruction = tool
            .statements_of(crate::catalog::Field::FamilyInfo)
            .next()
            .is_some();
        let key = |action: &Action| keys_for(Mode::Browse, action);
        let name = crate::sanitize::clean_line(&tool.name);
        state.set_status(
            text::no_family_message(
                &name,
                has_instruction
                    .then(|| key(&Action::CopyPrecautions))
                    .as_deref(),
                &key(&Action::StartMessage),
            ),
            false,
        );
        return Vec::new();
    }
    // A message written for the 2020 closures: say so and what to change
    // before it leaves. With blanks, the form is the step before the copy;
    // without, the same key again copies it.
    let dated = crate::catalog::provenance::dated_message(&state.catalog, tool)
        .map(|d| text::dated_message_warning(&d));
    if let Some(form) = Form::for_tool(&state.catalog, index, &state.prefs) {
        state.overlay = Some(Overlay::Form(form));
        if let Some(warning) = dated {
            state.set_status(crate::sanitize::clean_line(&warning), true);
        }
        return Vec::new();
    }
    if let Some(warning) = dated.filter(|_| state.dated_warned != Some(index)) {
        let key = keys_for(Mode::Browse, &super::action::Action::CopyMessage);
        let warning = format!("{warning} {}", text::dated_copy_again(&key));
        state.dated_warned = Some(index);
        state.set_status(crate::sanitize::clean_line(&warning), true);
        return Vec::new();
    }
    state.dated_warned = None;
    let text = state
        .catalog
        .filled_message(tool, &std::collections::HashMap::new())
        .unwrap_or_default();
    vec![copy_effect(
        &text,
        text::what_message(state.catalog.message_is_local(tool)),
    )]
}

fn copy_guidance(state: &mut State) -> Vec<Effect> {
    let Some(Item::Guidance(i)) = state.entry().map(|e| e.item) else {
        return no_tool(state);
    };
    let card = card::guidance(&state.catalog, &state.catalog.guidance[i]);
    vec![copy_effect(
        &plain::render(&card, plain::Target::Email),
        text::WHAT_GUIDANCE,
    )]
}

pub(crate) fn copy_effect(text: &str, what: &str) -> Effect {
    Effect::Copy {
        text: crate::sanitize::clean(text),
        what: what.to_owned(),
    }
}

/// The precautions notice of the selected tool (a guidance section when
/// one is selected).
pub(crate) fn copy_precautions(state: &mut State) -> Vec<Effect> {
    copy_built(state, card::precautions_notice, text::WHAT_PRECAUTIONS)
}

/// The whole card of the selected tool, for an email.
pub(crate) fn copy_card(state: &mut State) -> Vec<Effect> {
    copy_built(state, card::tool, text::WHAT_CARD)
}

/// A card of the selected tool built by `build`, as email text.
fn copy_built(
    state: &mut State,
    build: fn(&Catalog, &Tool, &[&Tool], &card::Context) -> card::Card,
    what: &str,
) -> Vec<Effect> {
    let Some(index) = selected_tool_index(state) else {
        return copy_guidance(state);
    };
    let tool = &state.catalog.tools[index];
    let card = build(
        &state.catalog,
        tool,
        &state.alternatives(index),
        &state.card_context,
    );
    vec![copy_effect(
        &plain::render(&card, plain::Target::Email),
        what,
    )]
}

pub(crate) fn copy_finished(state: &mut State, report: CopyReport) -> Vec<Effect> {
    state.last_copy = Some(report.text.clone());
    let blanks = std::mem::take(&mut state.pending_blanks);
    let with_blanks = |status: String| {
        if blanks.is_empty() {
            status
        } else {
            text::copied_with_blanks(&status, &blanks)
        }
    };
    let prefix = report
        .system_error
        .as_ref()
        .map(|e| text::clipboard_unavailable(e))
        .unwrap_or_default();
    match report.outcome {
        CopyOutcome::System => {
            state.set_status(with_blanks(text::copied_status(&report.what)), false);
            Vec::new()
        }
        CopyOutcome::Osc52 => {
            let show_key = keys_for(Mode::Browse, &super::action::Action::ShowLastCopy);
            let status = format!("{prefix}{}", text::osc52_status(&report.what, &show_key));
            state.set_status(with_blanks(status), false);
            Vec::new()
        }
        CopyOutcome::Failed(reason) => {
            state.set_status(text::copy_failed(&prefix, &reason), true);
            super::popup::text::update::open(
                state,
                text::select_by_hand_title(&report.what),
                report.text,
            )
        }
    }
}
