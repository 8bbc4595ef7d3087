//! Copying: the family message (through the form when it has blanks), the
//! precautions, the card, a guidance section; and what to say afterwards.
//! The texts come from the card model, rendered for an email.

use super::action::{Action, CopyReport};
use super::effect::Effect;
use super::keymap::{Mode, keys_for};
use super::popup::Overlay;
use super::popup::form::{Delivery, Form};
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
    send_message(state, Delivery::Clipboard)
}

/// The selected tool's family message to `delivery`: the same steps for
/// the clipboard and the mail client (no message said, the dated warning,
/// the form for blanks).
pub(crate) fn send_message(state: &mut State, delivery: Delivery) -> Vec<Effect> {
    let Some(index) = selected_tool_index(state) else {
        return match delivery {
            Delivery::Clipboard => copy_guidance(state),
            Delivery::MailClient => no_tool(state),
        };
    };
    if state.refuse_if_missing(index) {
        return Vec::new();
    }
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
    // A message a layer changed is not the sources': said, and named so
    // when copied.
    let changed_by = state
        .catalog
        .message_changed_by(tool)
        .map(text::layer_label);
    if let Some(mut form) = Form::for_tool(&state.catalog, index, &state.prefs) {
        form.delivery = delivery;
        state.overlay = Some(Overlay::Form(form));
        let warning = dated.or_else(|| changed_by.as_deref().map(text::message_changed_by));
        if let Some(warning) = warning {
            state.set_status(crate::sanitize::clean_line(&warning), true);
        }
        return Vec::new();
    }
    if let Some(warning) = dated.filter(|_| state.dated_warned != Some(index)) {
        let again = match delivery {
            Delivery::Clipboard => Action::CopyMessage,
            Delivery::MailClient => Action::MailMessage,
        };
        let key = keys_for(Mode::Browse, &again);
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
    let what = changed_by.as_deref().map_or_else(
        || text::what_message(state.catalog.message_is_local(tool)).to_owned(),
        text::what_message_by,
    );
    vec![deliver(&tool.name, &text, &what, delivery)]
}

/// The effect that sends a filled message where it goes.
pub(crate) fn deliver(tool_name: &str, text: &str, what: &str, delivery: Delivery) -> Effect {
    match delivery {
        Delivery::Clipboard => copy_effect(text, what),
        Delivery::MailClient => mail_effect(tool_name, text, what),
    }
}

/// The request for the effect runner: the `mailto:` address, or why
/// there is none (then the text is copied).
fn mail_effect(tool_name: &str, message: &str, what: &str) -> Effect {
    let subject = text::mail_subject(&crate::sanitize::clean_line(tool_name));
    Effect::Mail(super::effect::MailRequest {
        address: crate::mail::address(&subject, message),
        text: crate::sanitize::clean(message),
        what: what.to_owned(),
    })
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
    if state.refuse_if_missing(index) {
        return Vec::new();
    }
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
