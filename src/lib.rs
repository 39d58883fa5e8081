//! Unticked: finds the settings that let a service (or others) train AI on a person's data,
//! tells which are on, explains them, and helps turn them off.
//!
//! The pipeline, one module each:
//! `capture` (the one input format) → `dom` (parse) → `controls` (what a person can flip)
//! → `findings` (what each control means, from the `catalog` or the `classify`er, explained)
//! → views (`web`: the Yew inspector for the extension and the demo; `bin/unticked`: the CLI).

pub mod capture;
pub mod catalog;
pub mod checkup;
pub mod classify;
pub mod controls;
pub mod data;
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod findings;
pub mod history;
pub mod inspector;
pub mod keyed;
pub mod messages;
pub mod sort;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod views;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use capture::{Capture, CaptureError};
pub use findings::{scan, Finding, Report, ScanOptions};
