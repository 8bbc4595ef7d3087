//! The exit statuses, in one place, and the error that carries one.
//!
//! A script tells apart a command line it got wrong (2), something repere
//! had to read and could not (3: a catalogue, an answers file, standard
//! input, the editor) and something it had to write and could not (4:
//! the standard output, the overlay file, a full disk, a lock another
//! program keeps). Anything else that fails is 1.

use std::fmt;

/// Why the process ends in error; `code` is what it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The request could not be answered (an unknown tool, an empty note).
    Failure,
    /// The command line is wrong, or there is no terminal for the interface.
    Usage,
    /// A file, a program or standard input could not be read or is invalid.
    Input,
    /// The output, a file or a disk could not be written.
    Output,
}

impl Status {
    /// The process exit status.
    pub const fn code(self) -> u8 {
        match self {
            Status::Failure => 1,
            Status::Usage => 2,
            Status::Input => 3,
            Status::Output => 4,
        }
    }
}

/// An error that knows its exit status; its message is one French
/// sentence naming what failed (the file, the program, the disk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed {
    pub status: Status,
    pub message: String,
}

impl Failed {
    /// Something repere had to read could not be read.
    pub fn input(message: impl Into<String>) -> Self {
        Self {
            status: Status::Input,
            message: message.into(),
        }
    }

    /// Something repere had to write could not be written.
    pub fn output(message: impl Into<String>) -> Self {
        Self {
            status: Status::Output,
            message: message.into(),
        }
    }
}

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failed {}

/// A change that was written to the user's file, after which something
/// failed (publishing it in the team folder): said as it is, never « not
/// saved » (the user would add it again, twice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterSaving(pub Failed);

impl fmt::Display for AfterSaving {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for AfterSaving {}

/// Whether the change was written although the command failed after.
pub fn saved_anyway(report: &color_eyre::Report) -> bool {
    report
        .chain()
        .any(<dyn std::error::Error + 'static>::is::<AfterSaving>)
}

/// An error of the standard output (the reader left, the disk is full):
/// only these are reported as « écriture impossible sur la sortie ».
#[derive(Debug)]
pub struct StdoutFailed(pub std::io::Error);

impl fmt::Display for StdoutFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for StdoutFailed {}

/// The standard output, whose errors say they are the output's.
#[derive(Debug)]
pub struct Stdout<W>(pub W);

fn tagged(error: std::io::Error) -> std::io::Error {
    std::io::Error::new(error.kind(), StdoutFailed(error))
}

impl<W: std::io::Write> std::io::Write for Stdout<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.write(bytes).map_err(tagged)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush().map_err(tagged)
    }
}

/// Whether an I/O error came from the standard output.
pub fn is_stdout_error(error: &std::io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(<dyn std::error::Error + Send + Sync>::is::<StdoutFailed>)
}

/// Every cause of an error, outermost first, in French where the system
/// gave the reason: « écriture impossible dans X (disque plein) ».
pub fn sentence(report: &color_eyre::Report) -> String {
    report
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(e) => crate::text::io_reason(e),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" : ")
}

/// The exit status an error asks for, if any of its causes says.
pub fn status_of(report: &color_eyre::Report) -> Option<u8> {
    report.chain().find_map(|cause| {
        if let Some(failed) = cause.downcast_ref::<Failed>() {
            Some(failed.status.code())
        } else if let Some(after) = cause.downcast_ref::<AfterSaving>() {
            Some(after.0.status.code())
        } else if cause.is::<crate::catalog::LoadError>() {
            Some(Status::Input.code())
        } else {
            None
        }
    })
}
