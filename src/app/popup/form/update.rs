//! The message form's keys: typing fills the focused blank, Entrée copies
//! the filled message or opens it in the mail client (a second Entrée
//! when blanks are left empty).

use crate::app::action::Action;
use crate::app::copy::deliver;
use crate::app::effect::Effect;
use crate::app::popup::Overlay;
use crate::app::popup::shared::{close, first_line};
use crate::app::state::State;
use crate::text;

/// Applies a key of the form.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::FormInput(c) => form.push(c),
        Action::Paste(text) => first_line(&text).chars().for_each(|c| form.push(c)),
        Action::FormBackspace => form.backspace(),
        Action::FormClear => form.clear(),
        Action::FormNext | Action::Down => form.next(),
        Action::FormPrev | Action::Up => form.prev(),
        Action::FormSubmit => return submit(state),
        Action::CloseOverlay => return close(state),
        _ => {}
    }
    Vec::new()
}

/// Entrée: copies the filled message, or first says which blanks are
/// still empty.
fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    let empty = form.empty_labels();
    if !empty.is_empty() && !form.confirm_empty {
        // Never copy blanks silently: say which, and copy on a second Enter.
        form.confirm_empty = true;
        return Vec::new();
    }
    let Some(Overlay::Form(form)) = state.overlay.take() else {
        return Vec::new();
    };
    let values = form.values();
    if let Some(tool) = state.catalog.tools.get(form.tool) {
        let id = tool.id.clone();
        state.prefs.remember(&id, &form.fields);
    }
    let text = state
        .catalog
        .tools
        .get(form.tool)
        .and_then(|tool| state.catalog.filled_message(tool, &values))
        .unwrap_or_default();
    state.pending_blanks = empty;
    let tool = state.catalog.tools.get(form.tool);
    let local = tool.is_some_and(|tool| state.catalog.message_is_local(tool));
    let name = tool.map_or("", |tool| tool.name.as_str());
    // A message a layer changed is named so when it leaves.
    let what = tool
        .and_then(|tool| state.catalog.message_changed_by(tool))
        .map_or_else(
            || text::what_message(local).to_owned(),
            |layer| text::what_message_by(&text::layer_label(layer)),
        );
    vec![
        deliver(name, &text, &what, form.delivery),
        Effect::Save(state.prefs.clone()),
    ]
}
