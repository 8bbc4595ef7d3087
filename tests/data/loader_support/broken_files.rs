//! The broken files of `tests/fixtures/broken`: one per error case, with
//! where the error must point and what it must say.

use std::path::PathBuf;

use super::fixture;

/// Where the error must point, after the file path.
pub enum Where {
    /// A serde error: `FILE:LINE:COL`.
    LineCol(usize, usize),
    /// A validation error: `FILE, outil « id », champ `field``.
    Field(&'static str, &'static str),
    /// A merge error: the file alone (the id is in the message).
    File,
}

/// What the message must be.
pub enum Says {
    /// Exactly this sentence (our own validation messages).
    Exactly(&'static str),
    /// A translated serde message: `JSON invalide — ` then these pieces.
    Json(&'static [&'static str]),
}

pub struct Case {
    pub file: &'static str,
    pub at: Where,
    pub says: Says,
}

/// One broken file per error case; each extends the embedded catalogue.
pub const CASES: &[Case] = &[
    Case {
        file: "syntax-error.json",
        // The comma is missing after the name: serde stops on the next key,
        // line 6, column 7 (after six spaces of indentation).
        at: Where::LineCol(6, 7),
        says: Says::Json(&["attendu `,`", "`}`"]),
    },
    Case {
        file: "unknown-field.json",
        // `"couleur"` ends at column 15 of line 7.
        at: Where::LineCol(7, 15),
        says: Says::Json(&["champ inconnu `couleur`", "`risk`", "`categories`"]),
    },
    Case {
        file: "missing-risk.json",
        // Detected at the closing brace of the tool, line 7, column 5.
        at: Where::LineCol(7, 5),
        says: Says::Json(&["champ obligatoire absent : `risk`"]),
    },
    Case {
        file: "duplicate-id.json",
        at: Where::File,
        says: Says::Exactly("l'identifiant « outil-double » apparaît deux fois parmi les outils"),
    },
    Case {
        file: "unknown-category.json",
        at: Where::Field("outil-besoin-inconnu", "categories[0]"),
        says: Says::Exactly("la catégorie « teleportation » n'existe pas"),
    },
    Case {
        file: "unknown-source.json",
        at: Where::Field("outil-source-inconnue", "statements[0].source"),
        says: Says::Exactly("la source « rapport-imaginaire-2099 » n'existe pas"),
    },
    Case {
        file: "unknown-alternative.json",
        at: Where::Field("outil-alternative-inconnue", "alternatives[1]"),
        says: Says::Exactly("l'outil « pigeon-voyageur » n'existe pas"),
    },
    Case {
        file: "empty-message.json",
        at: Where::Field("outil-message-vide", "family_message.text"),
        says: Says::Exactly("le texte est vide"),
    },
    Case {
        file: "unlabelled-placeholder.json",
        at: Where::Field("outil-champ-sans-libelle", "family_message.text"),
        says: Says::Exactly(
            "le champ à compléter {code_secret} n'a pas de libellé dans « placeholders »",
        ),
    },
    Case {
        file: "control-character.json",
        at: Where::Field("outil-echappement", "statements[0].text"),
        says: Says::Exactly("le texte contient un caractère de contrôle interdit (U+001B)"),
    },
    Case {
        file: "bidi-override.json",
        at: Where::Field("outil-bidi", "summary"),
        says: Says::Exactly("le texte contient un caractère de contrôle interdit (U+202E)"),
    },
    Case {
        file: "javascript-url.json",
        at: Where::Field("outil-lien-piege", "url"),
        says: Says::Exactly(
            "l'adresse doit commencer par http:// ou https:// et ne pas contenir d'espace",
        ),
    },
    Case {
        file: "uppercase-id.json",
        at: Where::Field("Outil-Majuscule", "id"),
        says: Says::Exactly(
            "l'identifiant doit contenir seulement des minuscules ASCII, des chiffres et « - »",
        ),
    },
];

impl Case {
    pub fn path(&self) -> PathBuf {
        fixture(&format!("broken/{}", self.file))
    }

    pub fn expected_location(&self) -> String {
        let shown = self.path().display().to_string();
        match self.at {
            Where::LineCol(line, column) => format!("{shown}:{line}:{column}"),
            Where::Field(id, field) => format!("{shown}, outil « {id} », champ `{field}`"),
            Where::File => shown,
        }
    }

    pub fn check_message(&self, message: &str) {
        match self.says {
            Says::Exactly(expected) => assert_eq!(message, expected, "{}", self.file),
            Says::Json(pieces) => {
                assert!(
                    message.starts_with("JSON invalide — "),
                    "{}: {message}",
                    self.file
                );
                for piece in pieces {
                    assert!(
                        message.contains(piece),
                        "{}: « {piece} » missing from « {message} »",
                        self.file
                    );
                }
            }
        }
    }

    pub fn is_parse_error(&self) -> bool {
        matches!(self.at, Where::LineCol(..))
    }
}
