use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, list_words};
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// An `allow`, `warn` or `deny` that names no rule, or that tries to change the level
    /// of an error of meaning (which is always an error).
    ///
    /// ## Why
    /// A misspelt rule name would silently change nothing, and the author would believe
    /// a rule was switched off or raised when it was not.
    ///
    /// ## Example
    /// ```wod
    /// program "Misspelt"
    /// allow drop-sizes
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 10%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use a name from `wodc rules`.
    /// ```wod
    /// program "Misspelt"
    /// allow drop-size
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 10%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "unknown-rule",
        level: Error,
        kind: Meaning,
        fix: Sometimes,
    }
}

/// `allow`/`warn`/`deny` names no rule; `suggestions` are the nearest rule names.
pub fn diagnostic(at: Location, name: &str, suggestions: &[&str]) -> Diagnostic {
    let help = if suggestions.is_empty() {
        "`wodc rules` lists every rule".to_owned()
    } else {
        let quoted: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
        format!("did you mean {}?", list_words(&quoted, "or"))
    };
    let applicability = if suggestions.len() == 1 {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    let mut diagnostic = Diagnostic::error(
        META.name,
        at.file,
        at.span,
        format!("no rule is named `{}`", crate::text::shown(name)),
    )
    .with_label("unknown rule")
    .with_help(help);
    for suggestion in suggestions {
        diagnostic = diagnostic.with_edit(
            format!("Replace with `{suggestion}`"),
            at.span,
            *suggestion,
            applicability,
        );
    }
    diagnostic
}

/// `allow`/`warn` of an error of meaning, which is always an error.
pub fn not_a_guardrail(at: Location, rule: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        at.file,
        at.span,
        format!("`{rule}` is an error of meaning and cannot be turned down"),
    )
    .with_label("always an error")
    .with_help("fix what the error points at instead")
}
