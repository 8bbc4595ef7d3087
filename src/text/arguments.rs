//! The command line's help as clap shows it: what each command does,
//! what each option means, the placeholders of their values, and the
//! layout of a help page.

/// clap's help layout with French headings; `cli::command` replaces it
/// with one naming each section (see `cli/help.rs`).
pub const HELP_TEMPLATE: &str = "{about}\n\nUtilisation : {usage}\n\n{all-args}{after-help}";

/// The top-level help ends with the exit statuses (see `EXIT_STATUSES`).
pub const TOP_HELP_TEMPLATE: &str =
    "{about}\n\nUtilisation : {usage}\n\n{all-args}{after-help}\n\n{exit-statuses}";

/// The heading over the list of commands.
pub const COMMANDS_HEADING: &str = "Commandes";

pub const HELP_TOP_HELP: &str = "Afficher l'aide";
pub const HELP_TOP_VERSION: &str = "Afficher la version et la date du catalogue intégré";
pub const HELP_DATA_PATHS: &str = "Fichier ou dossier JSON qui complète le catalogue intégré (un outil de même identifiant remplace l'intégré). Répétable";
pub const HELP_DATA_NO_BUILTIN: &str =
    "N'utiliser que les fichiers de --data, sans le catalogue intégré";
pub const HELP_DATA_TERRITORY: &str = "Votre territoire (74, grenoble, poitiers, france, fwb…) : les alternatives disponibles chez vous passent en premier. Dans l'interface, il l'emporte pour la session sur celui enregistré (F2)";
pub const HELP_DATA_TEAM: &str = "Dossier d'équipe (déjà synchronisé : Nextcloud, partage, Syncthing, git) : vos ajouts y sont publiés sous <auteur>.json et ceux de vos collègues chargés, chacun signé. L'emporte sur le dossier enregistré (repere equipe)";
pub const ABOUT_SEARCH: &str = "Chercher un outil (nom, besoins, précautions, messages…)";
pub const HELP_SEARCH_QUERY: &str = "Les mots cherchés, fautes de frappe tolérées";
pub const HELP_SEARCH_JSON: &str = "Sortie JSON (tableau, meilleur résultat d'abord)";
pub const HELP_SEARCH_LIMIT: &str = "Nombre maximal de résultats (10 par défaut)";
pub const ABOUT_SHOW: &str = "Afficher la fiche complète d'un outil";
pub const HELP_TOOL: &str = "Identifiant de l'outil, ou mots pour le trouver";
pub const HELP_SHOW_JSON: &str = "Sortie JSON (la fiche entière)";
pub const ABOUT_MESSAGE: &str = "Le message à envoyer aux familles, champs complétés";
pub const HELP_MESSAGE_SET: &str = "Compléter un champ : --set mot_de_passe=1234 (répétable)";
pub const HELP_MESSAGE_COPY: &str = "Copier aussi le message dans le presse-papiers";
pub const HELP_MESSAGE_MAIL: &str = "Ouvrir aussi le message dans votre messagerie, comme nouveau courriel (copié à la place s'il est trop long ou sans messagerie)";
pub const HELP_MESSAGE_ORIGINAL: &str = "Afficher le texte original de la source, blancs compris";
pub const HELP_MESSAGE_JSON: &str = "Sortie JSON (outil, niveau, message, champs à compléter)";
pub const HELP_MESSAGE_WRITE: &str =
    "Rédiger le message d'un outil qui n'en a pas (entrée standard ou $EDITOR)";
pub const HELP_MESSAGE_AUTHOR: &str =
    "Auteur du message rédigé (sinon $REPERE_AUTEUR, sinon le nom de connexion)";
pub const HELP_MESSAGE_BLANKS: &str =
    "Déclarer un champ à compléter du message rédigé : --champ lien=\"Lien du pad\" (répétable)";
pub const ABOUT_GUIDE: &str = "Les repères généraux (services à proscrire, règles de sécurité…)";
pub const HELP_GUIDE_QUERY: &str = "Identifiant ou mots d'un repère ; sans argument, la liste";
pub const HELP_GUIDE_JSON: &str = "Sortie JSON";
pub const ABOUT_CHECK: &str =
    "Vérifier un catalogue et afficher ses effectifs par niveau et besoin";
pub const HELP_CHECK_PATH: &str = "Fichier ou dossier à vérifier avec le catalogue intégré";
pub const ABOUT_NOTE: &str = "Ajouter, lister ou supprimer une note locale datée sur un outil";
pub const ABOUT_EVALUATE: &str =
    "Évaluer un outil absent du catalogue avec la grille des critères des sources";
pub const ABOUT_COMPARE: &str = "Comparer deux outils point par point";
pub const ABOUT_EXPORT: &str =
    "Exporter le guide imprimable (HTML, Markdown) ou les ajouts locaux à partager";
pub const ABOUT_TEAM: &str = "Choisir, afficher ou oublier le dossier d'équipe";
pub const ABOUT_SOURCE: &str = "Ajouter un document officiel plus récent, dont vos notes et évaluations pourront citer le texte";
pub const ABOUT_SCHEMA: &str = "Afficher le schéma JSON du format des données, ou d'une sortie --json (search, message, guide, guides)";
pub const HELP_SCHEMA_OUTPUT: &str =
    "La sortie : search, message, guide ou guides ; sans : les données";
pub const ABOUT_COMPLETIONS: &str =
    "Script de complétion pour un shell : bash, zsh, fish, powershell, elvish";
pub const HELP_COMPLETIONS_SHELL: &str = "Le shell visé : bash, zsh, fish, powershell ou elvish";
pub const ABOUT_MAN: &str = "Page de manuel en français (roff) : repere man > repere.1";
pub const HELP_NOTE_TEXT: &str = "Le texte de la note";
pub const HELP_NOTE_LIST: &str = "Lister les notes de l'outil, numérotées";
pub const HELP_NOTE_DELETE: &str = "Supprimer la note numéro N (voir --list)";
pub const HELP_AUTHOR: &str = "Auteur (sinon $REPERE_AUTEUR, sinon le nom de connexion)";
pub const HELP_NOTE_CITATION: &str =
    "Citer mot pour mot un passage d'un document (avec --source) au lieu d'écrire une note";
pub const HELP_NOTE_SOURCE: &str =
    "Identifiant du document cité (une source intégrée ou ajoutée avec repere source add)";
pub const HELP_NOTE_LOC: &str = "Où dans le document (page, partie)";
pub const HELP_EVALUATE_ANSWERS: &str =
    "Lire les réponses dans ce fichier JSON au lieu de poser les questions";
pub const HELP_EVALUATE_QUESTIONS: &str =
    "Afficher les questions, leurs sources et les réponses possibles";
pub const HELP_COMPARE_FIRST: &str = "Premier outil (identifiant ou mots)";
pub const HELP_COMPARE_SECOND: &str = "Second outil (identifiant ou mots)";
pub const HELP_COMPARE_JSON: &str = "Sortie JSON (les deux fiches comparées)";
pub const HELP_EXPORT_OVERLAY: &str = "Écrire le fichier des ajouts locaux (notes, messages, évaluations), à ouvrir ailleurs avec --data";
pub const HELP_EXPORT_FORMAT: &str =
    "Format du guide : html (page autonome imprimable, par défaut) ou md (Markdown)";
pub const HELP_EXPORT_NEEDS: &str =
    "Ne garder que ce besoin (identifiant ; répétable). Sans : tous";
pub const HELP_EXPORT_WITH_NOTES: &str =
    "Imprimer aussi vos notes privées dans le guide (sans : laissées de côté)";
pub const HELP_EXPORT_OUTPUT: &str = "Écrire dans ce fichier au lieu de la sortie standard";
pub const HELP_FORMAT_HTML: &str = "Page HTML autonome, imprimable";
pub const HELP_FORMAT_MD: &str = "Markdown (tableaux)";
pub const HELP_TEAM_FOLDER: &str =
    "Le dossier d'équipe à enregistrer ; sans : afficher celui en usage";
pub const HELP_TEAM_NONE: &str = "Oublier le dossier d'équipe enregistré";
pub const ABOUT_SOURCE_ADD: &str = "Ajouter un document (texte brut, UTF-8) à vos sources locales";
pub const HELP_SOURCE_ADD_FILE: &str = "Le texte du document (.txt)";
pub const HELP_SOURCE_ADD_TITLE: &str = "Titre du document";
pub const HELP_SOURCE_ADD_PUBLISHER: &str = "Éditeur (ministère, académie, DANE…)";
pub const HELP_SOURCE_ADD_DATE: &str = "Date de publication, AAAA-MM";
pub const HELP_SOURCE_ADD_ID: &str = "Identifiant de la source (sinon tiré du titre et de la date)";
pub const HELP_SOURCE_ADD_SHORT: &str = "Nom court affiché après les citations (sinon l'éditeur)";
pub const VALUE_COMMAND: &str = super::HELP_COMMAND_PLACEHOLDER;
pub const VALUE_FILE: &str = "FICHIER";
pub const VALUE_FOLDER: &str = "DOSSIER";
pub const VALUE_FORMAT: &str = "FORMAT";
pub const VALUE_ID: &str = "ID";
pub const VALUE_MONTH: &str = "AAAA-MM";
pub const VALUE_NAME: &str = "NOM";
pub const VALUE_NUMBER: &str = "N";
pub const VALUE_OUTPUT: &str = "SORTIE";
pub const VALUE_PASSAGE: &str = "PASSAGE";
pub const VALUE_PATH: &str = "CHEMIN";
pub const VALUE_PLACE: &str = "LIEU";
pub const VALUE_PUBLISHER: &str = "EDITEUR";
pub const VALUE_SHELL: &str = "SHELL";
pub const VALUE_TERRITORY: &str = "TERRITOIRE";
pub const VALUE_TEXT: &str = "TEXTE";
pub const VALUE_TITLE: &str = "TITRE";
pub const VALUE_TOOL: &str = "OUTIL";
pub const VALUE_WORDS: &str = "MOTS";
