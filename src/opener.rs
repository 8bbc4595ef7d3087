//! Opening an address with the system's handler (browser, mail client):
//! one opener for Ctrl-O, the interface's mail key and `message
//! --courriel`. Over SSH or without a desktop nothing is opened, and the
//! caller shows the address or falls back to copying.

/// Whether the system's handler was asked to open the address; `false`
/// when there is no desktop here (or a remote session), no mail client
/// for a `mailto:` address, or the system refused. Detached: the caller
/// never waits for the browser or the mail client to close.
pub fn open(address: &str) -> bool {
    let remote = ["SSH_CONNECTION", "SSH_TTY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    let desktop = cfg!(any(target_os = "macos", windows))
        || ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if remote || !desktop {
        return false;
    }
    if address.starts_with("mailto:") && mail_client_registered() == Some(false) {
        return false;
    }
    open::that_detached(address).is_ok()
}

/// On a freedesktop system, whether a mail client is registered for
/// `mailto:`: xdg-open, started detached, would fail where nobody sees it
/// without one, and the message would be neither sent nor copied. `None`
/// when xdg-mime cannot say (not installed, failed): the opener tries.
#[cfg(all(unix, not(target_os = "macos")))]
fn mail_client_registered() -> Option<bool> {
    let output = std::process::Command::new("xdg-mime")
        .args(["query", "default", "x-scheme-handler/mailto"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| !output.stdout.trim_ascii().is_empty())
}

/// Windows and macOS say themselves when no application takes the address.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn mail_client_registered() -> Option<bool> {
    None
}
