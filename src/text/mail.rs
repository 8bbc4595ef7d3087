//! Sending the family message to the mail client (`message --courriel`,
//! the interface's mail key).

use crate::mail::{MAX_ADDRESS_CHARS, NotSent};

/// The subject of the new mail.
pub fn mail_subject(tool_name: &str) -> String {
    format!("Information aux familles : {tool_name}")
}

/// `message --courriel` handed the message over.
pub const MAIL_HANDED_OVER: &str = "Message transmis à votre messagerie (nouveau courriel) : choisissez les destinataires avant l'envoi.";

/// The interface handed the message over.
pub fn mail_opened_status(what: &str) -> String {
    format!("{what} ouvert dans votre messagerie : choisissez les destinataires avant l'envoi.")
}

/// Why the message was copied instead of opened in the mail client.
pub fn mail_not_sent(reason: &NotSent) -> String {
    match reason {
        NotSent::TooLong(length) => format!(
            "Message trop long pour la messagerie ({length} caractères une fois encodé, au-delà de {MAX_ADDRESS_CHARS} : certaines messageries, Outlook sous Windows notamment, le couperaient) ; copie à la place, à coller dans un courriel."
        ),
        NotSent::NoMailClient => "Aucune messagerie n'a pu être ouverte ici (pas de bureau, session à distance, ou aucune messagerie choisie par défaut) ; copie à la place, à coller dans un courriel.".to_owned(),
    }
}

/// At the top of the message form opened by the mail key.
pub fn mail_form_prompt(submit: &str) -> String {
    format!("Complétez les champs, puis {submit} pour ouvrir dans la messagerie :")
}

/// The mail form lists its empty fields before opening with blanks.
pub fn mail_empty_fields_warning(labels: &[String], submit: &str) -> String {
    format!(
        "Champs vides : {}. {submit} ouvre quand même le message (avec « [{}] » dans le texte) ; sinon complétez.",
        labels.join(", "),
        labels.first().map_or("", String::as_str)
    )
}
