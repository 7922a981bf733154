//! The rule registry: every rule `wodc` knows, with its default level.

use crate::meaning;
use crate::rule::RuleMeta;

/// Every rule: the errors of meaning, then the guardrails.
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    meaning::ALL.iter().copied()
}

/// The rule with this name.
pub fn find(name: &str) -> Option<&'static RuleMeta> {
    all().find(|rule| rule.name == name)
}

/// Up to three rule names closest to `name`, for "did you mean".
pub fn suggestions(name: &str) -> Vec<&'static str> {
    let mut scored: Vec<(usize, &'static str)> = all()
        .map(|rule| (strsim::levenshtein(name, rule.name), rule.name))
        .filter(|&(distance, _)| distance <= (name.len() / 3).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}
