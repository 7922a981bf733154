use crate::declare_rule;
use crate::diagnostic::{Diagnostic, list_words};
use crate::span::{FileId, Span};

declare_rule! {
    /// ## What it checks
    /// A block that `repeats` a block the program does not have, or a block that itself
    /// repeats another.
    ///
    /// ## Why
    /// `repeats "NAME"` gives a block the sessions of the block named: with no such
    /// block, or one whose sessions are themselves borrowed, there is nothing written to
    /// repeat, and the block would silently hold no training.
    ///
    /// ## Example
    /// ```wod
    /// program "Two mesocycles"
    ///
    /// block "Build 1" weeks 1-4 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///   }
    /// }
    ///
    /// block "Build 2" weeks 5-8 repeats "Bild 1"
    /// ```
    ///
    /// ## Fix
    /// Name a block of the program that has sessions of its own (`wodc` suggests the
    /// nearest names).
    /// ```wod
    /// program "Two mesocycles"
    ///
    /// block "Build 1" weeks 1-4 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///   }
    /// }
    ///
    /// block "Build 2" weeks 5-8 repeats "Build 1"
    /// ```
    pub static META = {
        name: "unknown-block",
        level: Error,
        kind: Meaning,
        fix: Sometimes,
    }
}

/// `repeats "NAME"` names no block; `suggestions` are the nearest block names.
pub fn diagnostic(file: FileId, span: Span, name: &str, suggestions: &[&str]) -> Diagnostic {
    let help = match suggestions {
        [] => "name a block of this program, written with its sessions".to_owned(),
        _ => {
            let quoted: Vec<String> = suggestions.iter().map(|s| format!("\"{s}\"")).collect();
            format!("did you mean {}?", list_words(&quoted, "or"))
        }
    };
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("no block is named \"{}\"", crate::text::shown(name)),
    )
    .with_label("not a block of this program")
    .with_help(help)
}

/// `repeats "NAME"` names a block that repeats another itself.
pub fn repeats_a_repeat(file: FileId, span: Span, name: &str, original: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("block \"{name}\" repeats block \"{original}\" itself"),
    )
    .with_label("a block that repeats another")
    .with_help(format!(
        "repeat the block written with the sessions: `repeats \"{original}\"`"
    ))
}
