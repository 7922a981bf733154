//! `wodc`: checks and compiles `.wod` strength-training programs.

pub mod ast;
pub mod catalog;
pub mod diagnostic;
pub mod meaning;
pub mod rule;
pub mod source;
pub mod span;
pub mod syntax;
