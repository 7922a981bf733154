//! `block "B" weeks 5-8 repeats "A"`: a block given the sessions of another, as
//! written there (days, times, lines, levels). Filled in once every block is resolved,
//! so a block may repeat one written after it.

use super::Block;
use crate::ast;
use crate::diagnostic::Diagnostic;
use crate::meaning;
use crate::span::FileId;

/// Gives each block that `repeats` another that block's sessions, reporting a name that
/// is no block (`unknown-block`) and week lists that do not fit the new block's length.
/// `written` and `blocks` go together: a block is `None` when its weeks were out of range.
pub(super) fn fill(
    file: FileId,
    written: &[&ast::Block],
    blocks: &mut [Option<Block>],
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (index, block) in written.iter().enumerate() {
        let Some(name) = &block.repeats else {
            continue;
        };
        let target = written
            .iter()
            .enumerate()
            .position(|(other, b)| other != index && b.name.value == name.value);
        let Some(target) = target else {
            let names: Vec<&str> = written
                .iter()
                .filter(|b| b.repeats.is_none())
                .map(|b| b.name.value.as_str())
                .collect();
            let suggestions = nearest(&name.value, &names);
            diagnostics.push(meaning::unknown_block::diagnostic(
                file,
                name.span,
                &name.value,
                &suggestions,
            ));
            continue;
        };
        if let Some(original) = &written[target].repeats {
            diagnostics.push(meaning::unknown_block::repeats_a_repeat(
                file,
                name.span,
                &name.value,
                &original.value,
            ));
            continue;
        }
        let (Some(source), Some(_)) = (&blocks[target], &blocks[index]) else {
            continue;
        };
        let Some(sessions) = source.sessions.clone() else {
            diagnostics.push(meaning::invalid_value::diagnostic(
                file,
                name.span,
                format!(
                    "block \"{}\" has no sessions of its own to repeat",
                    name.value
                ),
                "repeat a block written with its sessions",
            ));
            continue;
        };
        let source_weeks = source.weeks.end() - source.weeks.start() + 1;
        let repeating = blocks[index].as_mut().expect("checked above");
        let weeks = repeating.weeks.end() - repeating.weeks.start() + 1;
        let listed = sessions.iter().flat_map(|s| &s.lines).any(|line| {
            line.sets.is_list()
                || line.reps.is_list()
                || line.load.as_ref().is_some_and(|l| l.is_list())
                || line.effort.as_ref().is_some_and(|e| e.is_list())
        });
        if listed && weeks != source_weeks {
            diagnostics.push(meaning::invalid_value::diagnostic(
                file,
                name.span,
                format!(
                    "block \"{}\" gives values week by week for {source_weeks} weeks, and this block has {weeks}",
                    name.value
                ),
                format!("give this block {source_weeks} weeks, or write the repeated lines without week lists"),
            ));
            continue;
        }
        repeating.sessions = Some(sessions);
    }
}

/// Up to three names closest to `name`, nearest first.
fn nearest<'n>(name: &str, names: &[&'n str]) -> Vec<&'n str> {
    let limit = (name.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &str)> = names
        .iter()
        .map(|&candidate| (strsim::levenshtein(name, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .collect();
    scored.sort();
    scored.dedup_by_key(|(_, n)| *n);
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}
