//! What may be written at a place of a file: the candidates completion offers.
//!
//! The line being typed seldom parses, so the place is read from the line table (which
//! knows, for every line, the body it stands in) and from the text before the cursor
//! on that line: the words already there decide what comes next. Every candidate is a
//! word the grammar reads at that place.

use crate::Analysis;
use crate::ast::Weekday;
use crate::catalog::{Catalog, Entry};
use crate::rule::Kind;
use crate::rules;
use crate::source::SourceMap;
use crate::span::Span;
use crate::syntax::{CLAUSES, Place};
use crate::vocabulary::{Equipment, Mechanic, Muscle};

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateKind {
    Keyword,
    Exercise,
    Rule,
    Muscle,
    Equipment,
    Day,
    Unit,
    /// A word from a list: `beginner`, `compound`, `high`...
    Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub label: String,
    pub kind: CandidateKind,
    /// An exercise's classification; an alias's entry.
    pub detail: Option<String>,
    /// What is written in place of `Completions::replace`: the label, quoted if a name
    /// needs quotes there.
    pub insert: String,
}

/// The candidates at a place, and the text they replace: the word being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completions {
    pub replace: Span,
    pub candidates: Vec<Candidate>,
    /// `false` when a long list (the exercise names) was narrowed to those holding the
    /// text typed: an editor then asks again as more is typed, or some is deleted.
    pub complete: bool,
}

/// Lists longer than this are narrowed to the text typed: a thousand names, each with
/// its classification, are slow to send and to show for every key.
const NARROWED: usize = 100;

const LEVELS: [&str; 3] = ["allow", "warn", "deny"];
const ATHLETES: [&str; 3] = ["beginner", "intermediate", "advanced"];
const GOALS: [&str; 3] = ["hypertrophy", "strength", "general"];
const PHASES: [&str; 3] = ["bulk", "maintain", "cut"];
const MASS_UNITS: [&str; 2] = ["kg", "lb"];
const SKILLS: [&str; 2] = ["low", "high"];
const LOAD_UNITS: [&str; 3] = ["kg", "lb", "%"];
const TIME_UNITS: [&str; 3] = ["s", "min", "h"];
const AMOUNT_UNITS: [&str; 6] = ["s", "min", "m", "km", "yd", "mi"];
const STEPS: [&str; 8] = [
    "kg/week",
    "kg/session",
    "lb/week",
    "%/week",
    "set/week",
    "rep/week",
    "RPE/week",
    "RIR/week",
];
const EFFORTS: [&str; 4] = ["RPE", "RIR", "failure", "BW"];

/// The candidates at byte `offset` of the analysed file.
pub fn complete(sources: &SourceMap, analysis: &Analysis, offset: usize) -> Completions {
    let text = sources.text(analysis.file);
    let lines = &analysis.syntax.lines;
    let (place, start) = lines
        .get(lines.index_at(offset))
        .map_or((Place::Top, 0), |line| (line.place, line.span.start));
    let offset = offset.clamp(start, text.len());
    let mut offset = offset;
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[start..offset];
    let indent = before.len() - before.trim_start().len();
    let typed = &before[indent..];
    let word_start = typed
        .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '%' | '/' | '.')))
        .map_or(0, |i| {
            i + typed[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = Span::new(start + indent + word_start, offset);
    let context = Context {
        catalog: &analysis.model.catalog,
        place,
        typed,
        before_word: &typed[..word_start],
        word: &typed[word_start..],
    };
    let (replace_from, candidates) = context.candidates();
    let unit_after_number = context.word_is_number()
        && !candidates.is_empty()
        && candidates.iter().all(|c| c.kind == CandidateKind::Unit);
    let replace = match replace_from {
        // `80|` takes `kg` after the number, not in its place.
        _ if unit_after_number => Span::new(offset, offset),
        From::Word => word,
        From::Name(at) => Span::new(start + indent + at, offset),
    };
    let typed = text[replace.start..replace.end]
        .trim_matches('"')
        .to_lowercase();
    let narrow = candidates.len() > NARROWED && !typed.trim().is_empty();
    let candidates = if narrow {
        let typed = crate::catalog::normalize(&typed);
        let holds = |c: &Candidate| crate::catalog::normalize(&c.label).contains(&typed);
        candidates.into_iter().filter(holds).collect()
    } else {
        candidates
    };
    Completions {
        replace,
        candidates,
        complete: !narrow,
    }
}

/// Where the text a candidate replaces starts.
enum From {
    /// At the word being typed.
    Word,
    /// At this byte of the typed text: an exercise name, which may hold spaces.
    Name(usize),
}

struct Context<'a> {
    catalog: &'a Catalog,
    place: Place,
    /// The line before the cursor, without its indentation.
    typed: &'a str,
    before_word: &'a str,
    word: &'a str,
}

impl Context<'_> {
    fn candidates(&self) -> (From, Vec<Candidate>) {
        let none = (From::Word, Vec::new());
        if self.typed.contains("//") {
            return none;
        }
        if let Some(quote) = self.open_quote() {
            let names_here = ["mechanical drop", "of", "max"]
                .iter()
                .any(|w| self.typed[..quote].trim_end().ends_with(w))
                || self.typed[..quote].trim().is_empty()
                    && matches!(self.place, Place::Session | Place::Superset);
            return if names_here {
                (From::Name(quote + 1), self.exercises(false))
            } else {
                none
            };
        }
        let first = self.typed.split_whitespace().next().unwrap_or("");
        let one_word = !self.typed.contains(char::is_whitespace);
        match self.place {
            Place::Session | Place::Superset if !self.typed.contains(':') => {
                if LEVELS.contains(&first) && !one_word {
                    return (From::Word, self.rules());
                }
                let mut candidates = self.exercises(true);
                if self.place == Place::Session && one_word {
                    let keywords = self.place.keywords().iter().chain(&["note"]);
                    candidates.extend(keywords.map(|k| keyword(k)));
                }
                (From::Name(0), candidates)
            }
            Place::Session | Place::Superset => (From::Word, self.in_prescription()),
            _ if one_word => {
                let words = self.place.keywords().iter().map(|k| keyword(k));
                (From::Word, words.collect())
            }
            Place::Top => self.top(first),
            Place::Block => (From::Word, self.in_block(first)),
            Place::Exercise => (From::Word, self.in_definition(first)),
        }
    }

    /// Where a quote is open before the cursor, the byte of that quote.
    fn open_quote(&self) -> Option<usize> {
        let mut open = None;
        let mut escaped = false;
        for (at, c) in self.typed.char_indices() {
            match c {
                '\\' if open.is_some() && !escaped => {
                    escaped = true;
                    continue;
                }
                '"' if !escaped => open = if open.is_some() { None } else { Some(at) },
                _ => {}
            }
            escaped = false;
        }
        open
    }

    fn top(&self, first: &str) -> (From, Vec<Candidate>) {
        let words =
            |list: &[&str], kind| (From::Word, list.iter().map(|w| word(w, kind)).collect());
        match first {
            "athlete" => words(&ATHLETES, CandidateKind::Value),
            "goal" => words(&GOALS, CandidateKind::Value),
            "phase" => words(&PHASES, CandidateKind::Value),
            "units" => words(&MASS_UNITS, CandidateKind::Unit),
            "round" if self.word_is_number() => words(&MASS_UNITS, CandidateKind::Unit),
            "round" => (From::Word, equipment()),
            "max" if !self.typed.contains(':') => {
                let name = self.typed.len() - self.typed["max".len()..].trim_start().len();
                (From::Name(name), self.exercises(true))
            }
            "max" if self.word_is_number() => words(&MASS_UNITS, CandidateKind::Unit),
            "block" if self.before_word.contains("week") => {
                words(&["deload", "repeats", "{"], CandidateKind::Keyword)
            }
            level if LEVELS.contains(&level) => (From::Word, self.rules()),
            _ => (From::Word, Vec::new()),
        }
    }

    fn in_block(&self, first: &str) -> Vec<Candidate> {
        if LEVELS.contains(&first) {
            return self.rules();
        }
        if first != "session" {
            return Vec::new();
        }
        let listing_days = self.before_word.trim_end().ends_with(" on")
            || self.before_word.trim_end().ends_with(',');
        if listing_days {
            return Weekday::ALL
                .iter()
                .map(|day| word(day.as_str(), CandidateKind::Day))
                .collect();
        }
        if self.word_is_number() && self.before_word.trim_end().ends_with("for") {
            return units(&TIME_UNITS);
        }
        ["on", "at", "for", "{"]
            .iter()
            .map(|k| keyword(k))
            .collect()
    }

    fn in_definition(&self, first: &str) -> Vec<Candidate> {
        match first {
            "equipment" => equipment(),
            "mechanic" => [
                Mechanic::Compound,
                Mechanic::Isolation,
                Mechanic::Conditioning,
            ]
            .iter()
            .map(|m| word(m.as_str(), CandidateKind::Value))
            .collect(),
            "muscles" => Muscle::ALL
                .iter()
                .map(|m| word(m.as_str(), CandidateKind::Muscle))
                .collect(),
            "skill" => SKILLS
                .iter()
                .map(|s| word(s, CandidateKind::Value))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// After the `:` of an exercise line.
    fn in_prescription(&self) -> Vec<Candidate> {
        let before = self.before_word.trim_end();
        let clause = before.rsplit(',').next().unwrap_or(before).trim_start();
        if self.word_is_number() {
            return match clause.split_whitespace().next() {
                Some("rest") => units(&TIME_UNITS),
                Some("progress") => units(&STEPS),
                _ if before.contains('@') => units(&LOAD_UNITS),
                _ if !before.contains(['x', 'X', '×']) => units(&AMOUNT_UNITS),
                _ => Vec::new(),
            };
        }
        if before.ends_with(',') {
            return CLAUSES.iter().map(|c| keyword(c)).collect();
        }
        if before.ends_with("mechanical drop") || before.ends_with(" of") {
            return self.exercises(false);
        }
        if before.ends_with('@') {
            return EFFORTS.iter().map(|e| keyword(e)).collect();
        }
        if before.ends_with(['x', 'X', '×']) {
            return vec![keyword("AMRAP")];
        }
        Vec::new()
    }

    fn word_is_number(&self) -> bool {
        let digits = self.word.trim_start_matches(['+', '-']);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
    }

    /// Every guardrail: only they have a level to set.
    fn rules(&self) -> Vec<Candidate> {
        rules::all()
            .filter(|rule| rule.kind == Kind::Guardrail)
            .map(|rule| Candidate {
                label: rule.name.to_owned(),
                kind: CandidateKind::Rule,
                detail: Some(rule.summary()),
                insert: rule.name.to_owned(),
            })
            .collect()
    }

    /// Every exercise name and alias the program knows, each with the classification
    /// of the entry it names; `bare`: a name that reads as a bare name is not quoted.
    fn exercises(&self, bare: bool) -> Vec<Candidate> {
        let defined = self.catalog.defined_entries().iter();
        let entries = defined.chain(Catalog::built_in_entries());
        let mut candidates = Vec::new();
        for entry in entries {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                // A name whose entry was replaced by a definition names the definition.
                let Some(id) = self.catalog.lookup(name) else {
                    continue;
                };
                let named: &Entry = self.catalog.entry(id);
                if !std::ptr::eq(named, entry) {
                    continue;
                }
                let detail = if *name == entry.name {
                    entry.classification()
                } else {
                    format!("{}; {}", entry.name, entry.classification())
                };
                let needs_quotes = !bare || name.contains([':', '"']) || name.contains("//");
                candidates.push(Candidate {
                    label: name.clone(),
                    kind: CandidateKind::Exercise,
                    detail: Some(detail),
                    insert: if needs_quotes {
                        format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
                    } else {
                        name.clone()
                    },
                });
            }
        }
        candidates
    }
}

fn word(label: &str, kind: CandidateKind) -> Candidate {
    Candidate {
        label: label.to_owned(),
        kind,
        detail: None,
        insert: label.to_owned(),
    }
}

fn keyword(label: &str) -> Candidate {
    word(label, CandidateKind::Keyword)
}

fn units(list: &[&str]) -> Vec<Candidate> {
    list.iter().map(|u| word(u, CandidateKind::Unit)).collect()
}

fn equipment() -> Vec<Candidate> {
    Equipment::ALL
        .iter()
        .map(|e| word(e.as_str(), CandidateKind::Equipment))
        .collect()
}
