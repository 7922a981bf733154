//! Errors of meaning: the program does not say anything coherent, so no `allow` turns
//! them off. Each file declares one error's documentation (what `wodc explain` prints)
//! and builds its diagnostics, so its wording lives in one place: the stages that find
//! an error (the parser, the resolver, the levels) call its constructors and build no
//! diagnostic of their own. `syntax`, which has the most, is a directory.

pub mod duplicate_definition;
pub mod import;
pub mod invalid_value;
pub mod syntax;
pub mod unknown_block;
pub mod unknown_exercise;
pub mod unknown_rule;
pub mod week_layout;

use crate::rule::RuleMeta;

/// Every error of meaning, in the order of `guardrails.md`.
pub static ALL: &[&RuleMeta] = &[
    &syntax::META,
    &unknown_exercise::META,
    &duplicate_definition::META,
    &invalid_value::META,
    &week_layout::META,
    &unknown_rule::META,
    &import::META,
    &unknown_block::META,
];
