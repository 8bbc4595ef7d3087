//! The popups over the panes, each in its own module (state, key table,
//! update); their drawing is the module of the same name in
//! `crate::ui::popup`.

pub mod team;
