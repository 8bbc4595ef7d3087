//! The interface's logic without the terminal: the state, the actions and
//! keys that change it, and the effects it asks for. The terminal session
//! that drives it lives in `crate::terminal`.

pub mod action;
mod answers;
mod bodies;
pub mod call;
pub(crate) mod copy;
pub mod effect;
pub mod frame;
pub mod history;
pub mod keymap;
mod lists;
pub mod local_actions;
pub mod local_change;
mod lookup;
mod mail;
mod navigate;
mod order;
pub mod popup;
mod query;
pub mod state;
pub mod store;
pub mod territory;
mod tool_index;
mod tool_index_arrival;
pub mod update;
