use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, list_words};
use crate::span::{FileId, Span};
use crate::text;

declare_rule! {
    /// ## What it checks
    /// An exercise name that matches no catalog entry, alias or `exercise` definition.
    ///
    /// ## Why
    /// The guardrails need to know what an exercise is (its equipment, whether it is a
    /// compound, the muscles it trains) before they can judge a technique on it. A name
    /// the checker cannot place would otherwise pass every rule unseen.
    ///
    /// ## Example
    /// ```wod
    /// program "Typo"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Push" on mon {
    ///     Bench Pres: 3 x 8 @ 80kg
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use a catalog name or alias (`wodc` suggests the nearest), or declare the
    /// exercise with an `exercise` definition so the rules know how to treat it.
    /// ```wod
    /// program "Typo"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Push" on mon {
    ///     Bench Press: 3 x 8 @ 80kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "unknown-exercise",
        level: Error,
        kind: Meaning,
        fix: Sometimes,
    }
}

/// `name` is not in the catalog; `suggestions` are the nearest names, nearest first,
/// and `clear` the name it was meant to be, where one is certain (the same name with its
/// look-alike characters made ASCII). A `quoted` name is written between quotes.
pub fn diagnostic(
    file: FileId,
    span: Span,
    name: &str,
    suggestions: &[&str],
    clear: Option<&str>,
    quoted: bool,
) -> Diagnostic {
    let shown = text::shown(name);
    let declare = format!(
        "if it is an exercise of your own, declare it, with its own classification:\n  \
         exercise \"{shown}\" {{\n    \
         equipment machine   // or barbell, dumbbell, cable...\n    \
         mechanic isolation  // or compound\n    \
         muscles quads       // the muscles it mainly trains\n  }}"
    );
    let help = match (clear, suggestions) {
        (Some(clear), _) => format!("write `{clear}`, in plain letters"),
        (None, []) => {
            format!("check the spelling (`wodc catalog` lists every built-in exercise); {declare}")
        }
        (None, _) => {
            let quoted: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
            format!(
                "did you mean {}? Otherwise, {declare}",
                list_words(&quoted, "or")
            )
        }
    };
    let message = match name
        .chars()
        .find_map(|c| text::lookalike(c).map(|a| (c, a)))
    {
        Some((stray, ascii)) => format!(
            "unknown exercise `{shown}`: its `{stray}` is {}, not `{ascii}`",
            text::describe(stray)
        ),
        None => format!("unknown exercise `{shown}`"),
    };
    let written = |name: &str| {
        if quoted {
            format!("\"{name}\"")
        } else {
            name.to_owned()
        }
    };
    // One close name is the clear answer; among several, the person chooses.
    let applicability = if clear.is_some() || suggestions.len() == 1 {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    let mut diagnostic = Diagnostic::error(META.name, file, span, message)
        .with_label("not in the catalog")
        .with_help(help);
    for replacement in clear.into_iter().chain(suggestions.iter().copied()) {
        diagnostic = diagnostic.with_edit(
            format!("Replace with `{replacement}`"),
            span,
            written(replacement),
            applicability,
        );
    }
    diagnostic
}
