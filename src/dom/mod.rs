//! The document tree the engine reads: a tolerant HTML parser and a small arena tree.
//!
//! Shadow roots (declarative `<template shadowrootmode>`) and inlined frames
//! (`<unticked-frame>`, written by the probe) become their own *scopes*: id references such as
//! `aria-labelledby` and `<label for>` resolve inside the scope, as in a browser.

pub mod css;
pub mod meta;
pub mod parser;
pub mod tree;

pub use meta::{page_meta, PageMeta};
pub use parser::{parse, ParseError, ParseLimits};
pub use tree::{Document, Element, Limit, NodeId, NodeKind};
