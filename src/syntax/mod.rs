//! Source text to syntax tree: the pest grammar, applied line by line with recovery.

mod expected;
mod grammar;
mod lower;
mod tree;

pub use grammar::{Rule, WodParser};
pub use tree::{Parsed, parse};
