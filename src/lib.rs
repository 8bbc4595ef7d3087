//! repere: the data-protection guide to school communication tools, for
//! digital advisers on the phone with teachers.

pub mod app;
pub mod cache;
pub mod card;
pub mod catalog;
pub mod clean_output;
pub mod cli;
pub mod clipboard;
pub mod contract;
pub mod exit;
pub mod export;
pub mod input;
pub mod layout;
pub mod local;
pub mod mail;
pub mod opener;
pub mod private_file;
pub mod sanitize;
pub mod search;
pub mod synth;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;
