//! The man page's own sentences (`repere man`); its commands, options and
//! keys come from the same tables as `--help` and the interface's help.

pub const MAN_DESCRIPTION: &str = "Repère met à portée de clavier ce que disent les documents officiels sur les outils numériques école-familles : pour chaque outil, son niveau de risque pour les données personnelles, les précautions à respecter et le message à envoyer aux familles. Sans commande, repere ouvre l'interface plein écran (F1 pour l'aide) ; avec une commande, il répond sur la sortie standard, pour les scripts et les lecteurs d'écran. Le catalogue est intégré au programme.";

pub const MAN_OPTIONS: &str = "OPTIONS";
pub const MAN_COMMANDS: &str = "COMMANDES";
pub const MAN_KEYS: &str = "TOUCHES";
pub const MAN_KEYS_INTRO: &str = "Dans l'interface plein écran ; F1 affiche la même liste.";
pub const MAN_FILES: &str = "FICHIERS";
pub const MAN_ENVIRONMENT: &str = "ENVIRONNEMENT";
pub const MAN_EXIT: &str = "CODES DE RETOUR";
pub const MAN_EXAMPLES: &str = "EXEMPLES";
pub const MAN_NAME: &str = "NOM";
pub const MAN_SYNOPSIS: &str = "SYNOPSIS";
pub const MAN_DESCRIPTION_HEADING: &str = "DESCRIPTION";
pub const MAN_SECTION_TITLE: &str = "Commandes de l'utilisateur";

/// Files, as (path, what it holds).
pub const MAN_FILE_LIST: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/repere/etat.json",
        "Favoris, outils récents, valeurs saisies dans les formulaires (jamais les mots de passe) et territoire. Par défaut ~/.config/repere/ ; sous macOS ~/Library/Application Support/fr.repere.repere/ ; sous Windows %APPDATA%\\repere\\repere\\config\\.",
    ),
    (
        "$XDG_DATA_HOME/repere/local.json",
        "Vos ajouts : notes, messages rédigés, évaluations, documents ajoutés (repere source add). Par défaut ~/.local/share/repere/ ; sous macOS ~/Library/Application Support/fr.repere.repere/ ; sous Windows %APPDATA%\\repere\\repere\\data\\.",
    ),
    (
        "$XDG_DATA_HOME/repere/sources/",
        "Le texte des documents ajoutés avec repere source add, où leurs citations sont vérifiées.",
    ),
    (
        "$XDG_CACHE_HOME/repere/",
        "Le catalogue préparé pour un démarrage rapide ; peut être effacé sans perte. Par défaut ~/.cache/repere/ ; sous macOS ~/Library/Caches/fr.repere.repere/ ; sous Windows %LOCALAPPDATA%\\repere\\repere\\cache\\.",
    ),
];

/// Environment variables, as (name, effect).
pub const MAN_ENVIRONMENT_LIST: &[(&str, &str)] = &[
    (
        "REPERE_AUTEUR",
        "Auteur des notes et messages rédigés quand --auteur n'est pas donné ; sinon le nom de connexion (USER, LOGNAME, ou USERNAME sous Windows).",
    ),
    (
        "VISUAL, EDITOR",
        "Éditeur du message aux familles rédigé avec --rediger quand l'entrée standard est un terminal ; à défaut vi (notepad sous Windows).",
    ),
    (
        "XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME",
        "Dossiers de l'état, des ajouts et du cache (voir FICHIERS).",
    ),
    ("NO_COLOR", "Interface sans couleurs."),
    (
        "REPERE_ATTENTE_VERROU",
        "Secondes d'attente d'un verrou gardé par un autre programme avant d'abandonner un enregistrement (30 par défaut, au plus 600).",
    ),
    (
        "REPERE_COMPLETE",
        "Réservée à la complétion du shell (voir repere completions).",
    ),
];

/// Exit statuses, as (code, meaning).
pub const EXIT_STATUSES: &[(&str, &str)] = &[
    ("0", "Succès."),
    (
        "1",
        "Demande impossible : outil introuvable, note vide, éditeur en erreur.",
    ),
    (
        "2",
        "Ligne de commande invalide, ou interface demandée sans terminal.",
    ),
    (
        "3",
        "Entrée illisible ou invalide : catalogue, fichier de réponses, document à ajouter, local.json, entrée standard, éditeur introuvable.",
    ),
    (
        "4",
        "Écriture impossible : sortie standard, local.json, etat.json, disque plein, verrou gardé par un autre programme.",
    ),
];

/// Examples, as (command, what it does).
pub const MAN_EXAMPLE_LIST: &[(&str, &str)] = &[
    ("repere", "L'interface plein écran."),
    (
        "repere search padlet",
        "Les outils et repères trouvés, meilleur d'abord.",
    ),
    (
        "repere search \"un document de 50 Mo\"",
        "Une question : les outils sûrs qui y répondent d'abord.",
    ),
    ("repere show zoom", "La fiche complète de Zoom."),
    (
        "repere message tribu --set adresse_espace=https://example.org",
        "Le message aux familles, champ complété.",
    ),
    (
        "repere --territoire 74 show whatsapp",
        "Les alternatives disponibles en Haute-Savoie d'abord.",
    ),
    (
        "repere search padlet --json",
        "La même réponse en JSON, pour un script.",
    ),
    (
        "repere completions bash > ~/.local/share/bash-completion/completions/repere",
        "Installer la complétion de bash.",
    ),
];

/// The exit statuses as the lines `--help` ends with, wrapped at the
/// width clap wraps the rest of the help (100 columns at most).
pub fn exit_statuses_help() -> String {
    let line = |code: &str, meaning: &str| {
        let first = format!("  {code}  ");
        let options = textwrap::Options::new(100)
            .initial_indent(&first)
            .subsequent_indent("     ");
        textwrap::fill(meaning, options)
    };
    std::iter::once("Codes de retour :".to_owned())
        .chain(
            EXIT_STATUSES
                .iter()
                .map(|(code, meaning)| line(code, meaning)),
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// `repere completions` was given a shell it does not know.
pub fn unknown_shell(shell: &str, known: &str) -> String {
    format!("shell inconnu « {shell} » ; shells possibles : {known}.")
}

/// How much the bundled catalogue holds, for `--version`.
#[derive(Debug, Clone, Copy)]
pub struct CatalogCounts {
    pub tools: usize,
    pub guidance: usize,
    pub needs: usize,
    pub sources: usize,
}

/// `repere --version`.
pub fn version_lines(version: &str, newest_source: &str, counts: &CatalogCounts) -> String {
    format!(
        "repere {version}\nCatalogue intégré : sources publiées jusqu'en {newest_source} ; {} outils, {} repères, {} besoins, {} sources.",
        counts.tools, counts.guidance, counts.needs, counts.sources
    )
}

/// Headings of `--help`, French typography (clap writes « Options: »).
pub const HELP_COMMANDS_HEADING: &str = "Commandes :";
pub const HELP_ARGUMENTS_HEADING: &str = "Arguments :";
pub const HELP_OPTIONS_HEADING: &str = "Options :";
/// The usage line's heading in `--help`.
pub const HELP_USAGE_HEADING: &str = "Utilisation :";
/// Where a subcommand goes in a usage line.
pub const HELP_COMMAND_PLACEHOLDER: &str = "COMMANDE";

/// `repere schema` was given an output it has no schema for.
pub fn unknown_output_schema(name: &str, known: &str) -> String {
    format!("pas de schéma pour la sortie « {name} » ; sorties possibles : {known}.")
}
