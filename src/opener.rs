//! Opening an address with the system's handler (browser, mail client):
//! one opener for Ctrl-O, the interface's mail key and `message
//! --courriel`. Over SSH or without a desktop nothing is opened, and the
//! caller shows the address or falls back to copying.

/// Whether the system's handler was asked to open the address; `false`
/// when there is no desktop here (or a remote session) or the system
/// refused. Detached: the caller never waits for the browser or the mail
/// client to close.
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
    open::that_detached(address).is_ok()
}
