//! The family message opened in the mail client (the mail key): the same
//! steps as its copy (see `copy::send_message`), then a `mailto:` address
//! for the opener Ctrl-O uses; copied instead when it cannot go, and the
//! status line says why.

use super::action::MailReport;
use super::copy::{copy_finished, send_message};
use super::effect::Effect;
use super::popup::form::Delivery;
use super::state::State;
use crate::text;

pub(super) fn mail_message(state: &mut State) -> Vec<Effect> {
    send_message(state, Delivery::MailClient)
}

pub(super) fn finished(state: &mut State, report: MailReport) -> Vec<Effect> {
    match report {
        MailReport::Opened { what } => {
            state.set_status(text::mail_opened_status(&what), false);
            Vec::new()
        }
        MailReport::Copied { not_sent, copy } => {
            let effects = copy_finished(state, copy);
            if let Some(status) = state.status.as_mut() {
                status.text = format!("{} {}", text::mail_not_sent(&not_sent), status.text);
            }
            effects
        }
    }
}
