//! Moving a line's statement along the file: every span it holds, shifted by the same
//! number of bytes. The parse cache ([`super::LineCache`]) keeps each line as read at
//! offset 0 and shifts it to where the line now stands, so that a line reads the same
//! wherever an edit above it has moved it.
//!
//! Values inside a `Spanned` hold no span of their own, except the weeks of a block
//! header, shifted by hand; `tests::shifting_equals_reading_there` checks every line of
//! the examples and fixtures.

use super::lines::Token;
use super::lower::{Line, SessionHead, Statement};
use crate::ast::*;
use crate::span::{Span, Spanned};

pub(super) trait Shift {
    fn shift(&mut self, by: usize);
}

impl Shift for Span {
    fn shift(&mut self, by: usize) {
        self.start += by;
        self.end += by;
    }
}

/// Only the span: the values written in a `Spanned` (numbers, names, loads) have none.
impl<T> Shift for Spanned<T> {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
    }
}

impl<T: Shift> Shift for Option<T> {
    fn shift(&mut self, by: usize) {
        if let Some(value) = self {
            value.shift(by);
        }
    }
}

impl<T: Shift> Shift for Vec<T> {
    fn shift(&mut self, by: usize) {
        self.iter_mut().for_each(|value| value.shift(by));
    }
}

impl<T> Shift for PerWeek<T> {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        self.values.shift(by);
    }
}

impl Shift for Token {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
    }
}

impl Shift for Comment {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
    }
}

impl Shift for Line {
    fn shift(&mut self, by: usize) {
        self.statement.shift(by);
        self.comment.shift(by);
        self.tokens.shift(by);
    }
}

impl Shift for Statement {
    fn shift(&mut self, by: usize) {
        match self {
            Self::Blank => {}
            Self::Header(header) => header.shift(by),
            Self::Import(import) => {
                import.span.shift(by);
                import.path.shift(by);
            }
            Self::Level(level) => level.shift(by),
            Self::ExerciseOpen { span, name, open } => {
                span.shift(by);
                name.shift(by);
                open.shift(by);
            }
            Self::Property(property) => property.shift(by),
            Self::Block {
                span,
                name,
                weeks,
                deload,
                repeats,
                open,
            } => {
                span.shift(by);
                name.shift(by);
                weeks.shift(by);
                weeks.value.first.shift(by);
                weeks.value.last.shift(by);
                deload.shift(by);
                repeats.shift(by);
                open.shift(by);
            }
            Self::SessionOpen(head) => head.shift(by),
            Self::SupersetOpen { span, rest, open } => {
                span.shift(by);
                rest.shift(by);
                open.shift(by);
            }
            Self::Close(span) => span.shift(by),
            Self::Prescription(line) => line.shift(by),
            Self::Note(note) => {
                note.span.shift(by);
                note.text.shift(by);
            }
        }
    }
}

impl Shift for Header {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        match &mut self.value {
            HeaderValue::Program(v) | HeaderValue::Timezone(v) => v.shift(by),
            HeaderValue::Athlete(v) => v.shift(by),
            HeaderValue::Goal(v) => v.shift(by),
            HeaderValue::Phase(v) => v.shift(by),
            HeaderValue::Units(v) => v.shift(by),
            HeaderValue::Start(v) => v.shift(by),
            HeaderValue::Round { equipment, mass } => {
                equipment.shift(by);
                mass.shift(by);
            }
            HeaderValue::Max { exercise, mass } => {
                exercise.shift(by);
                mass.shift(by);
            }
        }
    }
}

impl Shift for LevelDirective {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        self.rule.shift(by);
    }
}

impl Shift for Property {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        match &mut self.value {
            PropertyValue::Equipment(v) => v.shift(by),
            PropertyValue::Mechanic(v) => v.shift(by),
            PropertyValue::Muscles(v) => v.shift(by),
            PropertyValue::Skill(v) => v.shift(by),
            PropertyValue::Aliases(v) => v.shift(by),
        }
    }
}

impl Shift for SessionHead {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        self.name.shift(by);
        self.days.shift(by);
        self.time.shift(by);
        self.duration.shift(by);
        self.open.shift(by);
    }
}

impl Shift for Prescription {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        self.exercise.shift(by);
        self.sets.shift(by);
        self.reps.shift(by);
        self.each.shift(by);
        if let Some(load) = &mut self.load {
            load.span.shift(by);
            load.values.shift(by);
            load.of.shift(by);
        }
        self.effort.shift(by);
        for clause in &mut self.clauses {
            clause.span.shift(by);
            match &mut clause.value {
                ClauseValue::Rest(v) => v.shift(by),
                ClauseValue::Tempo(v) => v.shift(by),
                ClauseValue::Progress(v) => v.shift(by),
                ClauseValue::Note(v) => v.shift(by),
                ClauseValue::Warmup(v) => v.shift(by),
                ClauseValue::Backoff(backoff) => {
                    backoff.sets.shift(by);
                    backoff.reps.shift(by);
                    backoff.load.shift(by);
                    backoff.effort.shift(by);
                }
                ClauseValue::Technique(technique) => match technique {
                    Technique::Drop(v) => v.shift(by),
                    Technique::DropTo(v) => v.shift(by),
                    Technique::MechanicalDrop(v) => v.shift(by),
                    Technique::RestPause(mini) | Technique::MyoReps(mini) => {
                        mini.count.shift(by);
                        mini.reps.shift(by);
                        mini.pause.shift(by);
                    }
                },
            }
        }
    }
}
