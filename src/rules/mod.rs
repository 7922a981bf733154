//! The guardrails: the advice of the three articles as rules, one rule per file.
//!
//! Each rule file declares its [`RuleMeta`] with [`declare_rule!`](crate::declare_rule)
//! (its doc comment is its `wodc explain` page) and a `check` function that reads the
//! [`Model`] and reports at the rule's anchor. Rules report at their default level;
//! [`crate::levels`] applies `allow`/`warn`/`deny` afterwards.

mod suggest;

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, Fix};
use crate::meaning;
use crate::model::{Block, Model};
use crate::rule::RuleMeta;
use crate::span::Location;

/// A guardrail: its metadata and its check.
pub struct Guardrail {
    pub meta: &'static RuleMeta,
    pub check: fn(&Model, &mut Report),
}

/// Declares the rule modules and lists them in [`GUARDRAILS`], in one place.
macro_rules! guardrails {
    ($($rule:ident),+ $(,)?) => {
        $(pub mod $rule;)+

        /// Every guardrail, in the order of `guardrails.md`.
        pub static GUARDRAILS: &[Guardrail] = &[
            $(Guardrail { meta: &$rule::META, check: $rule::check },)+
        ];
    };
}

guardrails![
    drop_set_on_heavy_compound,
    rest_pause_on_heavy_compound,
    technique_on_technical_lift,
    mechanical_drop_unrelated,
    drop_size,
    too_many_drops,
    triple_drop_on_large_muscle,
    rest_pause_pause_length,
    rest_pause_mini_sets,
    drop_set_rep_range,
    technique_before_main_lift,
    too_many_techniques,
    superset_with_drop_set,
    failure_on_every_set,
    weekly_drop_set_limit,
    muscle_drop_set_frequency,
    intensified_every_session,
    drop_sets_while_cutting,
    technique_in_deload,
    technique_block_too_long,
    technique_for_beginner,
    drop_set_for_strength_goal,
    volume_jump,
    shadowed_exercise,
];

/// Runs every guardrail over the model.
pub fn check(model: &Model) -> Vec<Diagnostic> {
    let mut report = Report::default();
    for guardrail in GUARDRAILS {
        (guardrail.check)(model, &mut report);
    }
    report.diagnostics
}

/// Every rule: the errors of meaning, then the guardrails.
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    meaning::ALL
        .iter()
        .copied()
        .chain(GUARDRAILS.iter().map(|g| g.meta))
}

/// The rule with this name.
pub fn find(name: &str) -> Option<&'static RuleMeta> {
    all().find(|rule| rule.name == name)
}

/// Up to three rule names closest to `name`, for "did you mean". A name far longer
/// than any rule's is no misspelling of one: it gets none, and costs nothing.
pub fn suggestions(name: &str) -> Vec<&'static str> {
    const LONGEST: usize = 64;
    if name.len() > LONGEST {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'static str)> = all()
        .map(|rule| (strsim::levenshtein(name, rule.name), rule.name))
        .filter(|&(distance, _)| distance <= (name.len() / 3).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

/// What the guardrails found: at most one diagnostic per rule and anchor, however many
/// weeks or occurrences a finding holds for (`guardrails.md`).
#[derive(Default)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
    anchors: HashSet<(&'static str, Location)>,
}

impl Report {
    /// Starts a diagnostic of `rule` at `anchor`, or `None` when the rule has already
    /// reported there; in that case the caller has nothing more to work out.
    pub fn at(&mut self, rule: &'static RuleMeta, anchor: Location) -> Option<Finding<'_>> {
        self.anchors.insert((rule.name, anchor)).then_some(Finding {
            report: self,
            rule,
            anchor,
            repeated_by: None,
            fixes: Vec::new(),
        })
    }

    /// [`Report::at`] for a finding about `block`. In a block that `repeats` another,
    /// the anchor is a line of the block written out (`guardrails.md`), so the
    /// repeating block's header is shown too.
    pub fn in_block(
        &mut self,
        rule: &'static RuleMeta,
        block: &Block,
        anchor: Location,
    ) -> Option<Finding<'_>> {
        let repeated_by = block
            .repeats
            .as_ref()
            .filter(|_| anchor != block.header)
            .map(|original| {
                let text = format!("block \"{}\" repeats \"{original}\"", block.name);
                (block.header, text)
            });
        let mut finding = self.at(rule, anchor)?;
        finding.repeated_by = repeated_by;
        Some(finding)
    }
}

/// A diagnostic being written: [`Finding::emit`] files it.
pub struct Finding<'r> {
    report: &'r mut Report,
    rule: &'static RuleMeta,
    anchor: Location,
    /// The header of the repeating block the finding was made in, with its label.
    repeated_by: Option<(Location, String)>,
    fixes: Vec<Fix>,
}

impl Finding<'_> {
    /// Offers `fix` with the diagnostic.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }

    /// Files the diagnostic with its message, primary label and help; `also` are the
    /// other places involved, each with what it says there.
    pub fn emit(
        self,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
        also: impl IntoIterator<Item = (Location, String)>,
    ) {
        let severity = self
            .rule
            .default_level
            .severity()
            .expect("a guardrail is on by default");
        let mut diagnostic = Diagnostic::new(
            self.rule.name,
            severity,
            self.anchor.file,
            self.anchor.span,
            message,
        )
        .with_label(label)
        .with_help(help);
        let mut also: Vec<(Location, String)> = also.into_iter().collect();
        // The repeating block's header, said once where the finding already points there.
        if let Some((header, text)) = self.repeated_by {
            match also.iter_mut().find(|(location, _)| *location == header) {
                Some((_, label)) => *label = format!("{label}: {text}"),
                None => also.push((header, text)),
            }
        }
        for (location, text) in also {
            if location != self.anchor {
                diagnostic = diagnostic.with_secondary(location, text);
            }
        }
        for fix in self.fixes {
            diagnostic = diagnostic.with_fix(fix);
        }
        self.report.diagnostics.push(diagnostic);
    }
}

/// " in week 6", when `line`'s values change along `block`: where a finding made at `at`
/// holds. Nothing for a line that is the same every week.
pub fn when(block: &Block, line: &crate::model::Line, at: crate::model::At) -> String {
    if line.varies() {
        format!(" in week {}", block.weeks.start() + at.week)
    } else {
        String::new()
    }
}

/// A number as a person reads it in a message: to a tenth, `10`, `12.5`, `26.7`.
pub fn number(value: f64) -> String {
    crate::ast::decimal((value * 10.0).round() / 10.0)
}

/// "1st", "2nd", "3rd", "4th"...
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
