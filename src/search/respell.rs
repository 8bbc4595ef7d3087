//! A tool's name misheard or misspelt inside a question (« watsap c bon
//! pour les parents ? », « ce bigbluebouton ») is read as the name: alone,
//! the lexical pass finds it with its typo; in a question, relevance
//! reads words, and a word no document has would weigh as the rarest word
//! while naming nothing.

use super::{HitKind, SearchIndex, words};

/// Shorter words are too easily a typo of some name (« cm », « pdf »).
const MIN_LEN: usize = 4;

impl SearchIndex {
    /// The question with each word that no document has, and that the
    /// lexical pass reads as one tool's name or a typo of it, replaced by
    /// that name as the catalogue writes it (folded); `None` when nothing
    /// changes, or when the query is no question (a name being looked up
    /// keeps the lexical pass's order). A word being typed that starts a
    /// known word is left alone (« visioconf »).
    pub(super) fn names_respelt(&self, query: &str) -> Option<String> {
        if !self.is_question(query) {
            return None;
        }
        let folded = super::text::fold(query).text;
        let typing = !folded.ends_with(char::is_whitespace);
        let all: Vec<&str> = words::split(&folded).collect();
        let mut changed = false;
        let respelt: Vec<String> = all
            .iter()
            .enumerate()
            .map(|(i, &word)| {
                let last = i + 1 == all.len();
                let candidate = word.chars().count() >= MIN_LEN
                    && !words::is_stop_word(word)
                    && !word.chars().any(|c| c.is_ascii_digit())
                    && self.relevance.documents_with(word) == 0
                    && !(last && typing && self.relevance.starts_a_word(word));
                match candidate.then(|| self.name_of_misspelt(word)).flatten() {
                    Some(name) => {
                        changed = true;
                        name
                    }
                    None => word.to_owned(),
                }
            })
            .collect();
        changed.then(|| respelt.join(" "))
    }

    /// The name (folded, as the catalogue writes it) that a lone word
    /// misspells: among the names the lexical pass finds for it, one that,
    /// written whole, sounds the same but for one letter (two in a long
    /// word). Ordinary
    /// words that only look like a name (« parler », « remise ») are more
    /// than that away from it.
    fn name_of_misspelt(&self, word: &str) -> Option<String> {
        let heard = sound(word);
        let allowed = if heard.chars().count() >= LONG { 2 } else { 1 };
        self.lexical(word, true)
            .into_iter()
            .take_while(|h| h.kind != HitKind::Text)
            .take(CANDIDATES)
            .find_map(|hit| {
                let doc = self.docs.get(hit.index)?;
                self.names.range(doc.names.clone()).find_map(|(name, _)| {
                    let joined: String = name.chars().filter(|c| c.is_alphanumeric()).collect();
                    // The whole name, spaces aside: a word of a longer
                    // name is often an ordinary word (« pour », « collège »).
                    let form = sound(&joined);
                    let close = joined.chars().count() >= MIN_LEN
                        && form.chars().next() == heard.chars().next()
                        && strsim::osa_distance(&form, &heard) <= allowed;
                    close.then(|| name.to_owned())
                })
            })
    }
}

/// From how many sounds a word may have two letters wrong.
const LONG: usize = 9;
/// How many of the lexical pass's name hits are compared.
const CANDIDATES: usize = 5;

/// A folded word as it sounds, roughly: the spellings French gives one
/// sound written one way (« watsap » and « whatsapp », « bouton » and
/// « button »), doubled letters once.
fn sound(word: &str) -> String {
    let mut out = word
        .replace("ph", "f")
        .replace("qu", "k")
        .replace("ck", "k")
        .replace("ou", "u")
        .replace('w', "u")
        .replace('y', "i")
        .replace('h', "");
    out = out
        .char_indices()
        .map(|(i, c)| {
            let next = out[i + c.len_utf8()..].chars().next();
            if c == 'c' && next.is_none_or(|n| !matches!(n, 'e' | 'i')) {
                'k'
            } else {
                c
            }
        })
        .collect();
    let mut sounded = String::with_capacity(out.len());
    for c in out.chars() {
        if !sounded.ends_with(c) {
            sounded.push(c);
        }
    }
    sounded
}

#[cfg(test)]
mod tests {
    use crate::search::Doc;
    use crate::search::SearchIndex;

    fn index() -> SearchIndex {
        SearchIndex::new(
            [
                ("WhatsApp", "messagerie instantanée avec les parents"),
                ("Big Blue Button", "classe virtuelle visio"),
                ("Padlet", "mur collaboratif"),
            ]
            .into_iter()
            .map(|(name, text)| Doc {
                name: name.to_owned(),
                body: text.to_owned(),
                ..Doc::default()
            }),
        )
    }

    #[test]
    fn a_misspelt_name_in_a_question_is_read_as_the_name() {
        let idx = index();
        assert_eq!(
            idx.names_respelt("watsap c bon pour parler aux parents")
                .as_deref(),
            Some("whatsapp c bon pour parler aux parents")
        );
        assert_eq!(
            idx.names_respelt("ce bigbluebouton avec la classe")
                .as_deref(),
            Some("ce big blue button avec la classe")
        );
    }

    #[test]
    fn known_words_names_alone_and_words_being_typed_stay() {
        let idx = index();
        // A word the documents have is no misspelling.
        assert_eq!(idx.names_respelt("un mur pour les parents"), None);
        // A name looked up alone keeps the lexical pass.
        assert_eq!(idx.names_respelt("watsap"), None);
        // « collab » being typed starts « collaboratif ».
        assert_eq!(idx.names_respelt("un mur collab"), None);
    }
}
