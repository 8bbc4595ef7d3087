//! Copying: the family message (through the form when it has blanks), the
//! precautions, the card, a guidance section; and what to say afterwards.

use super::effect::{CopyReport, Effect};
use super::form::Form;
use super::state::{Item, Overlay, State};
use super::update::set_status;
use crate::clipboard::CopyOutcome;
use crate::report;

/// Width of the card copied as plain text (fits an email).
pub(super) const CARD_WIDTH: usize = 72;

pub(super) fn selected_tool_index(state: &State) -> Option<usize> {
    match state.entry()?.item {
        Item::Tool(i) => Some(i),
        Item::Guidance(_) => None,
    }
}

pub(super) fn no_tool(state: &mut State) -> Vec<Effect> {
    set_status(state, "Sélectionnez d'abord un outil.".to_owned(), true);
    Vec::new()
}

pub(super) fn copy_message(state: &mut State) -> Vec<Effect> {
    let Some(index) = selected_tool_index(state) else {
        return copy_guidance(state);
    };
    let tool = &state.catalog.tools[index];
    if tool.family_message.is_none() {
        let info: Vec<String> = tool
            .statements_of(crate::catalog::Field::FamilyInfo)
            .map(|s| crate::sanitize::clean_line(&s.text))
            .collect();
        if info.is_empty() {
            set_status(state, crate::text::NO_MESSAGE.to_owned(), true);
            return Vec::new();
        }
        // No ready-made message in the sources: what they do say to tell
        // families is copied as it is, and named as such.
        return vec![copy_effect(&info.join("\n"), crate::text::WHAT_INSTRUCTION)];
    }
    if let Some(form) = Form::for_tool(&state.catalog, index, &state.prefs.placeholder_defaults) {
        state.overlay = Some(Overlay::Form(form));
        return Vec::new();
    }
    let text = state
        .catalog
        .filled_message(tool, &std::collections::HashMap::new())
        .unwrap_or_default();
    vec![copy_effect(&text, crate::text::WHAT_MESSAGE)]
}

pub(super) fn copy_guidance(state: &mut State) -> Vec<Effect> {
    let Some(Item::Guidance(i)) = state.entry().map(|e| e.item) else {
        return no_tool(state);
    };
    let text = report::guidance_text(&state.catalog, &state.catalog.guidance[i], CARD_WIDTH);
    vec![copy_effect(&text, crate::text::WHAT_GUIDANCE)]
}

pub(super) fn copy_effect(text: &str, what: &str) -> Effect {
    Effect::Copy {
        text: crate::sanitize::clean(text),
        what: what.to_owned(),
    }
}

pub(super) fn copy_selected(
    state: &mut State,
    make: impl Fn(&State, &crate::catalog::Tool) -> (String, String),
) -> Vec<Effect> {
    let Some(tool) = state.tool() else {
        return copy_guidance(state);
    };
    let (text, what) = make(state, tool);
    vec![copy_effect(&text, &what)]
}

pub(super) fn submit_form(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = state.overlay.take() else {
        return Vec::new();
    };
    let values = form.values();
    for (key, value) in &values {
        if !value.trim().is_empty() {
            state
                .prefs
                .placeholder_defaults
                .insert(key.clone(), value.clone());
        }
    }
    let text = state
        .catalog
        .tools
        .get(form.tool)
        .and_then(|tool| state.catalog.filled_message(tool, &values))
        .unwrap_or_default();
    vec![
        copy_effect(&text, crate::text::WHAT_MESSAGE),
        Effect::Save(state.prefs.clone()),
    ]
}

pub(super) fn copy_finished(state: &mut State, report: CopyReport) -> Vec<Effect> {
    state.last_copy = Some(report.text.clone());
    let prefix = report
        .system_error
        .as_ref()
        .map(|e| format!("Presse-papiers système indisponible ({e}). "))
        .unwrap_or_default();
    match report.outcome {
        CopyOutcome::System => {
            set_status(state, crate::text::copied_status(&report.what), false);
            Vec::new()
        }
        CopyOutcome::Osc52 => {
            let text = format!("{prefix}{}", crate::text::osc52_status(&report.what));
            set_status(state, text, false);
            Vec::new()
        }
        CopyOutcome::Failed(reason) => {
            let text =
                format!("{prefix}Copie impossible ({reason}) : sélectionnez le texte à la souris.");
            set_status(state, text, true);
            show_text(
                state,
                format!("{} — à sélectionner à la souris", report.what),
                report.text,
            )
        }
    }
}

pub(super) fn show_text(state: &mut State, title: String, body: String) -> Vec<Effect> {
    state.overlay = Some(Overlay::Text {
        title,
        body,
        scroll: 0,
    });
    // The terminal's own selection works only without mouse capture.
    vec![Effect::MouseCapture(false)]
}
