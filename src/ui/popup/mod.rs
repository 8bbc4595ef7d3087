//! The popups' drawing, one module each (their state, keys and update are
//! the module of the same name in `crate::app::popup`).

pub mod team;
