//! `repere message OUTIL --rediger`: the adviser writes the family message a
//! tool lacks, from standard input or in `$EDITOR`. It is stored in the
//! local overlay and always shown as « Message rédigé localement ».

use std::io::{IsTerminal, Write};

use color_eyre::eyre::{Result, bail, eyre};

use super::find_tool;
use crate::cache::Prepared;
use crate::catalog::local::{LocalMessage, french_date};
use crate::catalog::{FamilyMessage, PlaceholderDef};
use crate::exit::Failed;
use crate::input::Expect;
use crate::local::{self, date::today};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// The line printed on stderr whenever a local message is used.
pub(super) fn local_notice(message: &LocalMessage) -> String {
    text::local_message_notice(
        text::LOCAL_MESSAGE,
        &french_date(&message.date),
        &clean_line(&message.author),
    )
}

/// Source id of a locally written message seen through the family-message
/// path (`message --json` shows it): never a document's id.
pub const LOCAL_MESSAGE_SOURCE: &str = "message-local";

/// A local message in the shape of a source's, so filling, copying and
/// JSON go through the same code; its source says it is local.
pub(super) fn as_family_message(local: &LocalMessage) -> FamilyMessage {
    FamilyMessage {
        text: local.text.clone(),
        original: local.text.clone(),
        source: LOCAL_MESSAGE_SOURCE.to_owned(),
        loc: format!(
            "{} ({})",
            french_date(&local.date),
            clean_line(&local.author)
        ),
        derived: None,
    }
}

pub(super) fn write_message(
    out: &mut impl Write,
    prepared: &Prepared,
    query: &str,
    author: Option<&str>,
    new_blanks: &[String],
) -> Result<()> {
    let catalog = &prepared.catalog;
    let tool = find_tool(prepared, query)?;
    let declared = declared_blanks(new_blanks)?;
    if tool.family_message.is_some() {
        bail!(text::sources_have_message(
            &clean_line(&tool.name),
            &tool.id
        ));
    }
    let keys: Vec<String> = catalog
        .placeholders
        .iter()
        .map(|p| format!("{{{}}} = {}", p.key, p.label))
        .collect();
    let previous = catalog
        .local
        .message_of(&tool.id)
        .map(|m| m.text.clone())
        .unwrap_or_default();
    let written = if std::io::stdin().is_terminal() {
        edit_in_editor(&previous, &keys)?
    } else {
        crate::input::read_stdin(MAX_MESSAGE_BYTES).map_err(|refused| {
            Failed::input(text::read_failed(text::STDIN, &text::refused(&refused)))
        })?
    };
    let message = clean(written.trim());
    if message.is_empty() {
        bail!(text::EMPTY_MESSAGE);
    }
    let path = local::overlay_path().ok_or_else(|| eyre!(crate::text::NO_DATA_DIR))?;
    let entry = LocalMessage {
        tool: tool.id.clone(),
        text: message,
        author: local::author(author),
        date: today(),
    };
    local::update_overlay(&path, |overlay| {
        for def in declared {
            overlay.placeholders.retain(|p| p.key != def.key);
            overlay.placeholders.push(def);
        }
        local::additions::put_message(overlay, entry.clone());
        Ok(())
    })
    .inspect_err(|e| {
        // Not written (a lock kept by another program, a full disk): the
        // message written in the editor is given back before the reason,
        // never lost with its draft.
        if !crate::exit::saved_anyway(e) {
            crate::clean_output::stderr_line(&text::message_given_back(&entry.text));
        }
    })?;
    writeln!(
        out,
        "{}",
        text::local_message_saved(
            text::LOCAL_MESSAGE,
            &clean_line(&tool.name),
            &crate::sanitize::shown_path(&path)
        )
    )?;
    Ok(())
}

/// `--champ lien="Lien du pad"`: blanks declared in the overlay's
/// `placeholders`, exactly as the bundled data declares its own.
fn declared_blanks(pairs: &[String]) -> Result<Vec<PlaceholderDef>> {
    pairs
        .iter()
        .map(|pair| {
            let Some((key, label)) = pair.split_once('=') else {
                bail!(text::blank_without_label(&clean_line(pair)));
            };
            Ok(PlaceholderDef {
                key: key.trim().to_owned(),
                label: clean_line(label.trim()),
            })
        })
        .collect()
}

/// The longest message read, from standard input or the editor.
const MAX_MESSAGE_BYTES: u64 = 256 * 1024;

/// The editor when neither `$VISUAL` nor `$EDITOR` is set: one every
/// installation of the system has.
pub const FALLBACK_EDITOR: &str = if cfg!(windows) { "notepad" } else { "vi" };

/// Opens `$VISUAL`/`$EDITOR` (else [`FALLBACK_EDITOR`]) on a draft in a
/// private folder (see [`Draft`]), removed after use.
fn edit_in_editor(previous: &str, keys: &[String]) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| FALLBACK_EDITOR.to_owned());
    let help: String = std::iter::once(text::DRAFT_HEADER.to_owned())
        .chain(std::iter::once(text::DRAFT_BLANKS.to_owned()))
        .chain(keys.iter().map(|k| format!("#   {k}")))
        .collect::<Vec<_>>()
        .join("\n");
    let draft = Draft::create(&format!("{help}\n{previous}\n"))
        .map_err(|e| Failed::output(text::draft_failed(&text::io_reason(&e))))?;
    let _watch = removed_on_hang_up(&draft.folder);
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or(FALLBACK_EDITOR);
    let status = std::process::Command::new(program)
        .args(parts)
        .arg(&draft.path)
        .status()
        .map_err(|e| {
            Failed::input(text::editor_not_started(
                &clean_line(&editor),
                &text::io_reason(&e),
            ))
        })?;
    if !status.success() {
        // The editor ran and gave up (`:cq`): a request not carried out
        // (status 1, as the help says), not an input repere could not read.
        bail!(text::editor_failed(&clean_line(&editor)));
    }
    // Only the editor writes in the draft's private folder: a link or
    // anything but a regular file there is refused.
    let written = crate::input::read(&draft.path, Expect::Private, MAX_MESSAGE_BYTES)
        .and_then(crate::input::utf8)
        .map_err(|refused| Failed::input(text::draft_unreadable(&text::refused(&refused))))?;
    Ok(written
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// The editor's draft: in a folder of its own under the temporary folder,
/// created for this run (0700, a name nobody can guess or plant a link
/// at), the file created exclusively, 0600. Both removed when dropped.
struct Draft {
    folder: std::path::PathBuf,
    path: std::path::PathBuf,
}

impl Draft {
    fn create(content: &str) -> std::io::Result<Self> {
        let base = std::env::temp_dir();
        let mut last = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
        for attempt in 0_u32..16 {
            let folder = base.join(format!("repere-{:016x}", random_name(attempt)));
            // Only Unix has modes to set.
            #[cfg_attr(not(unix), allow(unused_mut))]
            let mut builder = std::fs::DirBuilder::new();
            // Not recursive: an existing folder (planted) is an error.
            builder.recursive(false);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt as _;
                builder.mode(0o700);
            }
            match builder.create(&folder) {
                Ok(()) => {}
                Err(e) => {
                    last = e;
                    continue;
                }
            }
            let draft = Draft {
                path: folder.join("message.txt"),
                folder,
            };
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt as _;
                options.mode(0o600);
            }
            let mut file = options.open(&draft.path)?;
            file.write_all(content.as_bytes())?;
            file.sync_all()?;
            return Ok(draft);
        }
        Err(last)
    }
}

/// While the editor runs: a hang-up (the terminal closed) or SIGTERM ends
/// repere without unwinding, so the draft would stay behind; it is
/// removed first, then the process ends as the signal asked. The watch
/// stops when the returned handle is dropped.
#[cfg(unix)]
fn removed_on_hang_up(folder: &std::path::Path) -> Option<impl Drop> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM]).ok()?;
    let handle = signals.handle();
    let folder = folder.to_path_buf();
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = std::fs::remove_dir_all(&folder);
            std::process::exit(128 + signal);
        }
    });
    Some(Closed(handle))
}

#[cfg(not(unix))]
fn removed_on_hang_up(_folder: &std::path::Path) -> Option<()> {
    None
}

/// Stops a signal watch when dropped.
#[cfg(unix)]
struct Closed(signal_hook::iterator::Handle);

#[cfg(unix)]
impl Drop for Closed {
    fn drop(&mut self) {
        self.0.close();
    }
}

impl Drop for Draft {
    fn drop(&mut self) {
        // The whole private folder, whatever the editor left in it (a
        // backup, a folder in place of the draft); links are not followed.
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// 64 bits nobody can guess: the system's randomness, the process, the
/// instant.
fn random_name(attempt: u32) -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_u32(attempt);
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.finish()
}
