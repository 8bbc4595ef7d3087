//! The screens to capture: each a size and the keys typed from a fresh
//! start, drawn through the same path as real key presses.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use repere::app::keymap::action_for;
use repere::app::state::State;
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::theme::Theme;

/// One screen to capture: a size and the keys typed from a fresh start.
pub struct Shot {
    pub file: &'static str,
    width: u16,
    height: u16,
    keys: &'static [Key],
    /// The catalogue: the bundled one, or with a colleague's layer.
    pub catalogue: Catalogue,
}

/// The catalogue a shot is drawn from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Catalogue {
    Bundled,
    /// The bundled one and Alice's team file that makes Zoom institutional.
    WithColleague,
}

/// A key press, written as in the keymap.
#[derive(Clone, Copy)]
enum Key {
    Text(&'static str),
    Enter,
    /// A key of the key tables (Ctrl-Y, F1…).
    Table(repere::app::keymap::Key),
    /// What the edge reports once a team folder is read (effects are not
    /// run here): the folder of the team screenshot.
    TeamListed,
}

pub const SHOTS: &[Shot] = &[
    Shot {
        file: "main-120x40.svg",
        width: 120,
        height: 40,
        keys: &[],
        catalogue: Catalogue::Bundled,
    },
    Shot {
        file: "main-80x24.svg",
        width: 80,
        height: 24,
        keys: &[],
        catalogue: Catalogue::Bundled,
    },
    Shot {
        file: "search-padlet-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/padlet")],
        catalogue: Catalogue::Bundled,
    },
    Shot {
        file: "forbidden-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/zoom"), Key::Enter],
        catalogue: Catalogue::Bundled,
    },
    Shot {
        file: "colleague-level-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/zoom"), Key::Enter],
        catalogue: Catalogue::WithColleague,
    },
    Shot {
        file: "form-80x24.svg",
        width: 80,
        height: 24,
        keys: &[
            Key::Text("/tribu"),
            Key::Enter,
            Key::Table(repere::app::keymap::keys::ctrl('y')),
        ],
        catalogue: Catalogue::Bundled,
    },
    Shot {
        file: "territory-120x40.svg",
        width: 120,
        height: 40,
        keys: &[
            Key::Table(repere::app::keymap::keys::plain(KeyCode::F(2))),
            Key::Text("86"),
            Key::Enter,
            Key::Text("/messagerie"),
        ],
        catalogue: Catalogue::Bundled,
    },
    Shot {
        file: "team-120x40.svg",
        width: 120,
        height: 40,
        keys: &[
            Key::Table(repere::app::keymap::keys::plain(KeyCode::F(3))),
            Key::Text(TEAM_FOLDER),
            Key::Enter,
            Key::TeamListed,
        ],
        catalogue: Catalogue::WithColleague,
    },
    Shot {
        file: "help-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Table(repere::app::keymap::keys::plain(KeyCode::F(1)))],
        catalogue: Catalogue::Bundled,
    },
];

/// The team folder typed in the team screenshot.
const TEAM_FOLDER: &str = "/home/claire/Nextcloud/equipe-numerique";

/// What the team folder of the screenshot holds, as the edge reads it.
fn team_listed() -> repere::app::action::Action {
    use repere::app::popup::team::TeamView;
    let skipped = [
        repere::text::team_conflict(&format!("{TEAM_FOLDER}/bruno (conflicted copy).json")),
        repere::text::team_refused_file(
            &format!("{TEAM_FOLDER}/essai.json"),
            repere::text::WRITABLE_BY_OTHERS,
        ),
    ];
    repere::app::action::Action::TeamListed {
        folder: TEAM_FOLDER.into(),
        save: true,
        view: Ok(TeamView {
            folder: TEAM_FOLDER.to_owned(),
            files: vec!["alice.json".to_owned(), "bruno.json".to_owned()],
            skipped: skipped.to_vec(),
        }),
    }
}

/// The bundled catalogue with Alice's team file: Zoom made institutional.
pub fn with_colleague(
    bundled: &repere::catalog::Catalog,
) -> Result<repere::catalog::Catalog, String> {
    let zoom = bundled.tool("zoom").ok_or("zoom")?;
    let mut zoom = serde_json::to_value(zoom).map_err(|e| e.to_string())?;
    zoom["risk"]["level"] = "institutional".into();
    zoom["risk"]["rationale"] = repere::text::screenshots::COLLEAGUE_RATIONALE.into();
    zoom["risk"]["evidence"] = serde_json::json!([]);
    let layer = serde_json::json!({
        "layer": { "author": "Alice", "date": "2026-03-12" },
        "tools": [zoom],
    })
    .to_string();
    let mut loader = repere::catalog::Loader::new(true).map_err(|e| e.to_string())?;
    loader
        .add_layer_text(
            &format!("{TEAM_FOLDER}/alice.json"),
            &layer,
            repere::catalog::origin::LayerKind::Team,
        )
        .map_err(|e| e.to_string())?;
    loader.finish().map_err(|e| e.to_string())
}

/// Types the shot's keys into a fresh state and draws it.
pub fn render(shot: &Shot, catalog: repere::catalog::Catalog) -> Buffer {
    let mut state = State::new(catalog, Prefs::default(), (shot.width, shot.height));
    // A fixed month: the age of sources must not make screenshots stale.
    state.card_context.today = repere::catalog::provenance::YearMonth {
        year: 2026,
        month: 11,
    };
    for key in shot.keys {
        if let Key::TeamListed = key {
            let _ = update(&mut state, team_listed());
            continue;
        }
        let events: Vec<KeyEvent> = match key {
            Key::TeamListed => Vec::new(),
            Key::Text(text) => text
                .chars()
                .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
                .collect(),
            Key::Enter => vec![KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)],
            Key::Table(key) => vec![key.event()],
        };
        for event in events {
            let event = Event::Key(event);
            if let Some(action) = action_for(&event, &state) {
                // Effects (clipboard, files) are not run: only the screen matters.
                let _ = update(&mut state, action);
            }
        }
    }
    let mut terminal = match Terminal::new(TestBackend::new(shot.width, shot.height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    let drawn = terminal.draw(|frame| {
        let _ = repere::ui::draw(frame, &state, Theme { color: true });
    });
    if let Err(never) = drawn {
        match never {}
    }
    terminal.backend().buffer().clone()
}
