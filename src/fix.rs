//! `check --fix`: the safe fixes of a file's diagnostics applied to its text, again and
//! again until none is left (a fix can reveal another), without making the file worse.
//!
//! Pure, as the rest of the core: the caller reads the file and writes the result.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::levels::Levels;
use crate::resolve::Loader;
use crate::source::SourceMap;
use crate::span::FileId;
use crate::{Analysis, check};

/// Rounds of fixing before giving up: real fixes settle in one or two; more means two
/// fixes undo each other, and the text is kept as the last round left it.
const MAX_ROUNDS: usize = 8;

/// A file checked with its safe fixes applied.
pub struct Fixed {
    /// The check of the text as fixed: what is left to report.
    pub analysis: Analysis,
    /// The fixed text, when it differs from the file's (with the file's byte-order mark
    /// kept); `None` when nothing was fixed.
    pub text: Option<String>,
    /// How many fixes were applied.
    pub applied: usize,
}

/// Checks `bytes` as [`check`] does, applies every safe fix of the file's own
/// diagnostics that does not overlap another, and checks again, until no safe fix is
/// left. A round that would add a syntax error is undone and ends the fixing. A file
/// that is not valid UTF-8 is not fixed: its text is not what is on disk.
pub fn fix(
    sources: &mut SourceMap,
    name: &str,
    path: Option<&Path>,
    bytes: &[u8],
    loader: &dyn Loader,
    levels: &Levels,
) -> Fixed {
    let mut analysis = check(sources, name, path, bytes, loader, levels);
    let (bom, Ok(original)) = split_bom(bytes) else {
        return Fixed {
            analysis,
            text: None,
            applied: 0,
        };
    };
    let mut text = original.to_owned();
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let fixes = safe_fixes(&analysis.diagnostics, analysis.file);
        let Some((fixed, count)) = apply(&text, &fixes) else {
            break;
        };
        let next = check(sources, name, path, fixed.as_bytes(), loader, levels);
        if syntax_errors(&next) > syntax_errors(&analysis) {
            break;
        }
        (analysis, text, applied) = (next, fixed, applied + count);
    }
    Fixed {
        analysis,
        text: (applied > 0).then(|| format!("{bom}{text}")),
        applied,
    }
}

/// The byte-order mark `decode` drops, and the text after it.
fn split_bom(bytes: &[u8]) -> (&'static str, Result<&str, std::str::Utf8Error>) {
    match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => ("\u{feff}", std::str::from_utf8(rest)),
        None => ("", std::str::from_utf8(bytes)),
    }
}

/// The safe fixes whose edits are all in `file`: a fix in an imported file is applied
/// when that file is fixed itself.
fn safe_fixes(diagnostics: &[Diagnostic], file: FileId) -> Vec<&Fix> {
    diagnostics
        .iter()
        .flat_map(|d| &d.fixes)
        .filter(|fix| fix.is_safe() && fix.edits.iter().all(|e| e.location.file == file))
        .collect()
}

/// `text` with `fixes` applied, each whole or not at all: one that overlaps a fix taken
/// before it (or repeats it) waits for the next round. `None` when none applies.
fn apply(text: &str, fixes: &[&Fix]) -> Option<(String, usize)> {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut count = 0;
    for fix in fixes {
        let fits = fix.edits.iter().all(|edit| {
            let span = edit.location.span;
            text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
                && span.start <= span.end
                && span.end <= text.len()
                && taken.iter().all(|other| apart(edit, other))
        });
        if fits {
            taken.extend(&fix.edits);
            count += 1;
        }
    }
    if taken.is_empty() {
        return None;
    }
    taken.sort_by_key(|edit| (edit.location.span.start, edit.location.span.end));
    let mut fixed = String::with_capacity(text.len());
    let mut copied = 0;
    for edit in taken {
        fixed.push_str(&text[copied..edit.location.span.start]);
        fixed.push_str(&edit.replacement);
        copied = edit.location.span.end;
    }
    fixed.push_str(&text[copied..]);
    (fixed != text).then_some((fixed, count))
}

/// Whether two edits can both be made: their spans do not overlap, and they do not
/// start at the same place (two insertions there, or an insertion and a replacement,
/// have no order but a guess).
fn apart(a: &Edit, b: &Edit) -> bool {
    let (a, b) = (a.location.span, b.location.span);
    let overlap = a.start < b.end && b.start < a.end;
    !overlap && a.start != b.start
}

fn syntax_errors(analysis: &Analysis) -> usize {
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.rule == "syntax" && d.file() == analysis.file)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Applicability;
    use crate::span::{Location, Span};

    fn replace(start: usize, end: usize, with: &str) -> Fix {
        let mut sources = SourceMap::new();
        let file = sources.add("a.wod", String::new());
        Fix::replace(
            "t",
            Location::new(file, Span::new(start, end)),
            with,
            Applicability::Safe,
        )
    }

    #[test]
    fn edits_are_applied_from_the_end_whatever_their_order() {
        let (a, b) = (replace(0, 1, "A"), replace(4, 5, "E"));
        assert_eq!(apply("abcde", &[&b, &a]), Some(("AbcdE".to_owned(), 2)));
    }

    #[test]
    fn an_overlapping_fix_waits_for_the_next_round() {
        let (a, b) = (replace(0, 3, "X"), replace(2, 4, "Y"));
        assert_eq!(apply("abcde", &[&a, &b]), Some(("Xde".to_owned(), 1)));
    }

    #[test]
    fn touching_replacements_both_apply_but_two_insertions_at_one_place_do_not() {
        let (a, b) = (replace(0, 2, "X"), replace(2, 4, "Y"));
        assert_eq!(apply("abcde", &[&a, &b]), Some(("XYe".to_owned(), 2)));
        let (c, d) = (replace(2, 2, "1"), replace(2, 2, "2"));
        assert_eq!(apply("abcde", &[&c, &d]), Some(("ab1cde".to_owned(), 1)));
    }

    #[test]
    fn an_edit_outside_the_text_or_inside_a_character_is_not_applied() {
        let (a, b) = (replace(3, 9, ""), replace(1, 2, ""));
        assert_eq!(apply("a×c", &[&a]), None);
        assert_eq!(apply("a×c", &[&b]), None);
    }
}
