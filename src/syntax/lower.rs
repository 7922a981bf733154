//! From pest's pairs for one line to the statement it holds, with file-wide spans.
//!
//! The grammar has already checked the shape of the line, so a pair's children are
//! exactly those the grammar allows: the `expect`s below state grammar facts.

use pest::iterators::Pair;

use super::Rule;
use super::lines::{LineKind, StatementKind, Token};
use super::tokens;
use crate::ast::*;
use crate::span::{Span, Spanned};

/// What one line says.
#[derive(Debug, Clone)]
pub(super) enum Statement {
    Blank,
    Header(Header),
    Import(Import),
    Level(LevelDirective),
    ExerciseOpen {
        span: Span,
        name: Spanned<String>,
        open: Span,
    },
    Property(Property),
    Block {
        span: Span,
        name: Spanned<String>,
        weeks: Spanned<WeekSpan>,
        deload: Option<Span>,
        repeats: Option<Spanned<String>>,
        open: Option<Span>,
    },
    SessionOpen(SessionHead),
    SupersetOpen {
        span: Span,
        rest: Option<Spanned<Duration>>,
        open: Span,
    },
    Close(Span),
    Prescription(Prescription),
    Note(Note),
}

impl Statement {
    /// What a line holding this statement (and `comment`, if any) holds.
    pub fn line_kind(&self, comment: bool) -> LineKind {
        let kind = match self {
            Self::Blank if comment => return LineKind::Comment,
            Self::Blank => return LineKind::Blank,
            Self::Header(_) => StatementKind::Header,
            Self::Import(_) => StatementKind::Import,
            Self::Level(_) => StatementKind::Level,
            Self::ExerciseOpen { .. } => StatementKind::ExerciseOpen,
            Self::Property(_) => StatementKind::Property,
            Self::Block { open: Some(_), .. } => StatementKind::BlockOpen,
            Self::Block { open: None, .. } => StatementKind::Block,
            Self::SessionOpen(_) => StatementKind::SessionOpen,
            Self::SupersetOpen { .. } => StatementKind::SupersetOpen,
            Self::Close(_) => StatementKind::Close,
            Self::Prescription(_) => StatementKind::Prescription,
            Self::Note(_) => StatementKind::Note,
        };
        LineKind::Statement(kind)
    }
}

#[derive(Debug, Clone)]
pub(super) struct SessionHead {
    pub span: Span,
    pub name: Spanned<String>,
    pub days: Vec<Spanned<Weekday>>,
    pub time: Option<Spanned<ClockTime>>,
    pub duration: Option<Spanned<Duration>>,
    pub open: Span,
}

/// A parsed line: its statement, its comment if it has one, and its tokens.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub statement: Statement,
    pub comment: Option<Comment>,
    pub tokens: Vec<Token>,
}

/// Lowers the pairs of one line that starts at byte `offset` of the file.
pub(super) struct Lowerer {
    pub offset: usize,
}

const GRAMMAR: &str = "the grammar guarantees this child";

impl Lowerer {
    /// `line` is the pair of an entry rule (`top_line`, `session_line`...).
    pub fn line(&self, line: Pair<'_, Rule>) -> Line {
        let mut statement = Statement::Blank;
        let mut comment = None;
        let mut tokens = Vec::new();
        for pair in line.into_inner() {
            match pair.as_rule() {
                // A comment runs to the end of the line, spaces included.
                Rule::comment => {
                    let start = self.offset + pair.as_span().start();
                    comment = Some(Comment {
                        span: Span::new(start, start + pair.as_str().len()),
                        text: pair.as_str()[2..].to_owned(),
                    })
                }
                Rule::EOI => {}
                _ => {
                    tokens = tokens::of(pair.clone(), self.offset);
                    statement = self.statement(pair);
                }
            }
        }
        Line {
            statement,
            comment,
            tokens,
        }
    }

    fn statement(&self, pair: Pair<'_, Rule>) -> Statement {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::import_stmt => Statement::Import(Import {
                span,
                path: self.string(first(pair)),
            }),
            Rule::level_stmt => Statement::Level(self.level(pair)),
            Rule::exercise_head => {
                let mut inner = pair.into_inner();
                Statement::ExerciseOpen {
                    span,
                    name: self.string(next(&mut inner)),
                    open: self.span(&next(&mut inner)),
                }
            }
            Rule::equipment_prop
            | Rule::mechanic_prop
            | Rule::muscles_prop
            | Rule::skill_prop
            | Rule::aliases_prop => Statement::Property(self.property(pair)),
            Rule::block_head => self.block(pair),
            Rule::session_head => Statement::SessionOpen(self.session(pair)),
            Rule::superset_head => {
                let mut rest = None;
                let mut open = span;
                for child in pair.into_inner() {
                    match child.as_rule() {
                        Rule::duration => rest = Some(self.duration(child)),
                        _ => open = self.span(&child),
                    }
                }
                Statement::SupersetOpen { span, rest, open }
            }
            Rule::close_brace => Statement::Close(span),
            Rule::prescription => Statement::Prescription(self.prescription(pair)),
            Rule::note_stmt => Statement::Note(Note {
                span,
                text: self.string(first(pair)),
            }),
            _ => Statement::Header(Header {
                span,
                value: self.header(pair),
            }),
        }
    }

    fn header(&self, pair: Pair<'_, Rule>) -> HeaderValue {
        let rule = pair.as_rule();
        let mut inner = pair.into_inner();
        let value = next(&mut inner);
        match rule {
            Rule::program_stmt => HeaderValue::Program(self.string(value)),
            Rule::athlete_stmt => HeaderValue::Athlete(self.word(value, |w| match w {
                "beginner" => Athlete::Beginner,
                "intermediate" => Athlete::Intermediate,
                _ => Athlete::Advanced,
            })),
            Rule::goal_stmt => HeaderValue::Goal(self.word(value, |w| match w {
                "strength" => Goal::Strength,
                "general" => Goal::General,
                _ => Goal::Hypertrophy,
            })),
            Rule::phase_stmt => HeaderValue::Phase(self.word(value, |w| match w {
                "bulk" => Phase::Bulk,
                "cut" => Phase::Cut,
                _ => Phase::Maintain,
            })),
            Rule::units_stmt => HeaderValue::Units(self.word(value, mass_unit)),
            Rule::start_stmt => HeaderValue::Start(self.word(value, |w| Date {
                year: w[0..4].parse().expect(GRAMMAR),
                month: w[5..7].parse().expect(GRAMMAR),
                day: w[8..10].parse().expect(GRAMMAR),
            })),
            Rule::timezone_stmt => HeaderValue::Timezone(self.word(value, str::to_owned)),
            Rule::round_stmt => match value.as_rule() {
                Rule::equipment => HeaderValue::Round {
                    equipment: Some(self.word(value, equipment)),
                    mass: self.mass(next(&mut inner)),
                },
                _ => HeaderValue::Round {
                    equipment: None,
                    mass: self.mass(value),
                },
            },
            Rule::max_stmt => HeaderValue::Max {
                exercise: self.name(value),
                mass: self.mass(inner.find(|p| p.as_rule() == Rule::mass).expect(GRAMMAR)),
            },
            other => unreachable!("{other:?} is not a header statement"),
        }
    }

    fn level(&self, pair: Pair<'_, Rule>) -> LevelDirective {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let level = match next(&mut inner).as_str() {
            "allow" => LevelWord::Allow,
            "warn" => LevelWord::Warn,
            _ => LevelWord::Deny,
        };
        LevelDirective {
            span,
            level,
            rule: self.word(next(&mut inner), str::to_owned),
        }
    }

    fn property(&self, pair: Pair<'_, Rule>) -> Property {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let values = pair.into_inner().filter(|p| p.as_rule() != Rule::comma);
        let value = match rule {
            Rule::muscles_prop => PropertyValue::Muscles(
                values
                    .map(|p| self.word(p, |w| Muscle::from_name(w).expect(GRAMMAR)))
                    .collect(),
            ),
            Rule::aliases_prop => PropertyValue::Aliases(values.map(|p| self.string(p)).collect()),
            _ => {
                let value = values.into_iter().next().expect(GRAMMAR);
                match rule {
                    Rule::equipment_prop => PropertyValue::Equipment(self.word(value, equipment)),
                    Rule::mechanic_prop => PropertyValue::Mechanic(self.word(value, |w| match w {
                        "compound" => Mechanic::Compound,
                        "isolation" => Mechanic::Isolation,
                        _ => Mechanic::Conditioning,
                    })),
                    _ => PropertyValue::Skill(self.word(value, |w| {
                        if w == "high" { Skill::High } else { Skill::Low }
                    })),
                }
            }
        };
        Property { span, value }
    }

    fn block(&self, pair: Pair<'_, Rule>) -> Statement {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let name = self.string(next(&mut inner));
        let weeks = self.week_span(next(&mut inner));
        let mut deload = None;
        let mut repeats = None;
        let mut open = None;
        for child in inner {
            match child.as_rule() {
                Rule::deload_kw => deload = Some(self.span(&child)),
                Rule::repeats_clause => repeats = Some(self.string(first(child))),
                _ => open = Some(self.span(&child)),
            }
        }
        Statement::Block {
            span,
            name,
            weeks,
            deload,
            repeats,
            open,
        }
    }

    fn week_span(&self, pair: Pair<'_, Rule>) -> Spanned<WeekSpan> {
        let span = self.span(&pair);
        let form = first(pair);
        let numbers: Vec<Spanned<u32>> = form
            .into_inner()
            .filter(|p| p.as_rule() == Rule::integer)
            .map(|p| self.integer(p))
            .collect();
        let first = numbers[0];
        let last = *numbers.last().expect(GRAMMAR);
        Spanned::new(WeekSpan { first, last }, span)
    }

    fn session(&self, pair: Pair<'_, Rule>) -> SessionHead {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let name = self.string(next(&mut inner));
        let mut head = SessionHead {
            span,
            name,
            days: Vec::new(),
            time: None,
            duration: None,
            open: span,
        };
        for child in inner {
            match child.as_rule() {
                Rule::on_days => {
                    head.days = child
                        .into_inner()
                        .filter(|p| p.as_rule() == Rule::day)
                        .map(|p| self.word(p, weekday))
                        .collect()
                }
                Rule::at_time => {
                    head.time = Some(self.word(first(child), |w| {
                        let (hour, minute) = w.split_once(':').expect(GRAMMAR);
                        ClockTime {
                            hour: hour.parse().expect(GRAMMAR),
                            minute: minute.parse().expect(GRAMMAR),
                        }
                    }))
                }
                Rule::for_duration => head.duration = Some(self.duration(first(child))),
                _ => head.open = self.span(&child),
            }
        }
        head
    }

    fn prescription(&self, pair: Pair<'_, Rule>) -> Prescription {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let exercise = self.name(next(&mut inner));
        let mut line = Prescription {
            span,
            exercise,
            sets: None,
            reps: PerWeek::one(Spanned::new(Reps::Exact(0), span)),
            each: None,
            load: None,
            effort: None,
            clauses: Vec::new(),
        };
        for child in inner {
            match child.as_rule() {
                Rule::sets_and_reps | Rule::single_effort => {
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::set_counts => {
                                line.sets = Some(self.per_week(part, |p| self.integer(p)))
                            }
                            Rule::rep_targets => line.reps = self.per_week(part, |p| self.reps(p)),
                            Rule::duration | Rule::distance => {
                                line.reps = PerWeek::one(self.amount(part))
                            }
                            Rule::each_kw => line.each = Some(self.span(&part)),
                            _ => {}
                        }
                    }
                }
                Rule::intensity => {
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::loads => line.load = Some(self.loads(part)),
                            _ => line.effort = Some(self.efforts(part)),
                        }
                    }
                }
                Rule::colon | Rule::at_sign | Rule::comma => {}
                _ => line.clauses.push(self.clause(child)),
            }
        }
        line
    }

    /// A value or a `/` list of them, each read with `read`.
    fn per_week<T>(
        &self,
        pair: Pair<'_, Rule>,
        read: impl Fn(Pair<'_, Rule>) -> Spanned<T>,
    ) -> PerWeek<T> {
        let span = self.span(&pair);
        PerWeek {
            span,
            values: pair
                .into_inner()
                .filter(|p| p.as_rule() != Rule::slash)
                .map(read)
                .collect(),
        }
    }

    fn reps(&self, pair: Pair<'_, Rule>) -> Spanned<Reps> {
        let span = self.span(&pair);
        let form = first(pair);
        let reps = match form.as_rule() {
            Rule::duration | Rule::distance => self.amount(form).value,
            Rule::amrap => Reps::Amrap,
            Rule::rep_range => {
                let mut numbers = form.into_inner().filter(|p| p.as_rule() == Rule::integer);
                let low = self.integer(numbers.next().expect(GRAMMAR)).value;
                let high = self.integer(numbers.next().expect(GRAMMAR)).value;
                Reps::Range(low, high)
            }
            _ => Reps::Exact(self.integer(form).value),
        };
        Spanned::new(reps, span)
    }

    /// A duration or a distance: a hold, or one continuous effort.
    fn amount(&self, pair: Pair<'_, Rule>) -> Spanned<Reps> {
        match pair.as_rule() {
            Rule::duration => {
                let duration = self.duration(pair);
                Spanned::new(Reps::Hold(duration.value), duration.span)
            }
            _ => {
                let span = self.span(&pair);
                let mut inner = pair.into_inner();
                let value = number(next(&mut inner).as_str());
                let unit = match next(&mut inner).as_str().to_ascii_lowercase().as_str() {
                    "km" => DistanceUnit::Kilometre,
                    "mi" => DistanceUnit::Mile,
                    "yd" => DistanceUnit::Yard,
                    _ => DistanceUnit::Metre,
                };
                Spanned::new(Reps::Distance(Distance { value, unit }), span)
            }
        }
    }

    fn loads(&self, pair: Pair<'_, Rule>) -> Loads {
        let span = self.span(&pair);
        let mut values = Vec::new();
        let mut of = None;
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::load => values.push(self.load(child)),
                Rule::of_clause => {
                    let name = child
                        .into_inner()
                        .find(|p| p.as_rule() != Rule::of_kw)
                        .expect(GRAMMAR);
                    of = Some(self.name(name));
                }
                _ => {}
            }
        }
        let list_span = values
            .first()
            .zip(values.last())
            .map_or(span, |(a, b)| a.span.to(b.span));
        Loads {
            span,
            values: PerWeek {
                span: list_span,
                values,
            },
            of,
        }
    }

    fn load(&self, pair: Pair<'_, Rule>) -> Spanned<Load> {
        let span = self.span(&pair);
        let form = first(pair);
        let load = match form.as_rule() {
            Rule::bodyweight => self.bodyweight(form),
            Rule::below_top => Load::BelowTop(self.percent(first(form)).value),
            _ => self.percent_or_mass(form).value,
        };
        Spanned::new(load, span)
    }

    fn bodyweight(&self, pair: Pair<'_, Rule>) -> Load {
        let mut parts = pair.into_inner().skip(1);
        let plus = parts.next().map(|sign| {
            let sign = if sign.as_str() == "+" {
                Sign::Plus
            } else {
                Sign::Minus
            };
            (sign, self.mass(parts.next().expect(GRAMMAR)).value)
        });
        Load::Bodyweight { plus }
    }

    /// A `percent` or `mass` pair as a load.
    fn percent_or_mass(&self, pair: Pair<'_, Rule>) -> Spanned<Load> {
        match pair.as_rule() {
            Rule::percent => {
                let percent = self.percent(pair);
                Spanned::new(Load::Percent(percent.value), percent.span)
            }
            _ => {
                let mass = self.mass(pair);
                Spanned::new(Load::Mass(mass.value), mass.span)
            }
        }
    }

    /// An effort: one, or one number per week. A single effort's span is the whole
    /// `RPE 8`; a list's values are its numbers.
    fn efforts(&self, pair: Pair<'_, Rule>) -> PerWeek<Effort> {
        let span = self.span(&pair);
        let form = first(pair);
        let rule = form.as_rule();
        if rule == Rule::failure {
            return PerWeek::one(Spanned::new(Effort::Failure, span));
        }
        let values = form
            .into_inner()
            .find(|p| p.as_rule() == Rule::effort_values)
            .expect(GRAMMAR);
        let mut efforts = self.per_week(values, |value| {
            let value_span = self.span(&value);
            let value = first(value);
            let number = match value.as_rule() {
                Rule::number_range => {
                    let mut numbers = value.into_inner().filter(|p| p.as_rule() == Rule::number);
                    let low = number(numbers.next().expect(GRAMMAR).as_str());
                    let high = number(numbers.next().expect(GRAMMAR).as_str());
                    NumberOrRange::Range(low, high)
                }
                _ => NumberOrRange::Number(number(value.as_str())),
            };
            let effort = if rule == Rule::rpe {
                Effort::Rpe(number)
            } else {
                Effort::Rir(number)
            };
            Spanned::new(effort, value_span)
        });
        efforts.span = span;
        if let [one] = efforts.values.as_mut_slice() {
            one.span = span;
        }
        efforts
    }

    fn clause(&self, pair: Pair<'_, Rule>) -> Clause {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let value = match rule {
            Rule::rest_clause => ClauseValue::Rest(self.duration(first(pair))),
            Rule::tempo_clause => ClauseValue::Tempo(self.word(first(pair), |w| {
                let mut parts = [None; 4];
                for (slot, part) in parts.iter_mut().zip(w.split('-')) {
                    if !part.eq_ignore_ascii_case("x") {
                        *slot = Some(whole_number(part));
                    }
                }
                Tempo(parts)
            })),
            Rule::progress_clause => ClauseValue::Progress(self.progress(pair)),
            Rule::note_clause => ClauseValue::Note(self.string(first(pair))),
            Rule::warmup_clause => ClauseValue::Warmup(
                pair.into_inner()
                    .map(|step| {
                        let step_span = self.span(&step);
                        let mut parts = step.into_inner().filter(|p| p.as_rule() != Rule::at_sign);
                        let reps = self.reps_of(next(&mut parts));
                        let load = parts.next().map(|load| {
                            let form = first(load);
                            match form.as_rule() {
                                Rule::bodyweight => self.bodyweight(form),
                                _ => self.percent_or_mass(form).value,
                            }
                        });
                        Spanned::new(WarmupStep { reps, load }, step_span)
                    })
                    .collect(),
            ),
            Rule::backoff_clause => ClauseValue::Backoff(self.backoff(pair)),
            _ => ClauseValue::Technique(self.technique(pair)),
        };
        Clause { span, value }
    }

    fn progress(&self, pair: Pair<'_, Rule>) -> Spanned<Progress> {
        let mut sign = Sign::Plus;
        let mut step = None;
        let mut period = Period::Week;
        let mut first_span = None;
        for child in pair.into_inner() {
            let child_span = self.span(&child);
            match child.as_rule() {
                Rule::progress_sign => {
                    first_span = Some(child_span);
                    if child.as_str() == "-" {
                        sign = Sign::Minus;
                    }
                }
                Rule::progress_step => {
                    let form = first(child);
                    step = Some(match form.as_rule() {
                        Rule::set_step => Step::Sets(self.integer(first(form)).value),
                        Rule::rep_step => Step::Reps(self.integer(first(form)).value),
                        Rule::rir_step => Step::Rir(number(first(form).as_str())),
                        Rule::rpe_step => Step::Rpe(number(first(form).as_str())),
                        Rule::percent => Step::Percent(self.percent(form).value),
                        _ => Step::Mass(self.mass(form).value),
                    });
                }
                Rule::period => {
                    if child.as_str() == "session" {
                        period = Period::Session;
                    }
                    first_span = first_span.map(|s| s.to(child_span));
                }
                _ => {}
            }
        }
        let progress = Progress {
            sign,
            step: step.expect(GRAMMAR),
            period,
        };
        Spanned::new(progress, first_span.expect(GRAMMAR))
    }

    fn backoff(&self, pair: Pair<'_, Rule>) -> Backoff {
        let mut inner = pair.into_inner().filter(|p| p.as_rule() != Rule::times);
        let sets = self.integer(next(&mut inner));
        let reps = self.reps(next(&mut inner));
        let mut backoff = Backoff {
            sets,
            reps,
            load: None,
            effort: None,
        };
        for child in inner {
            match child.as_rule() {
                Rule::backoff_intensity => {
                    for part in child.into_inner() {
                        match part.as_rule() {
                            Rule::load => backoff.load = Some(self.load(part)),
                            _ => backoff.effort = Some(self.efforts(part)),
                        }
                    }
                }
                Rule::effort => backoff.effort = Some(self.efforts(child)),
                _ => {}
            }
        }
        backoff
    }

    /// A rep count or range, as a warm-up step writes it.
    fn reps_of(&self, pair: Pair<'_, Rule>) -> Reps {
        let form = first(pair);
        match form.as_rule() {
            Rule::rep_range => {
                let mut numbers = form.into_inner().filter(|p| p.as_rule() == Rule::integer);
                let low = self.integer(numbers.next().expect(GRAMMAR)).value;
                let high = self.integer(numbers.next().expect(GRAMMAR)).value;
                Reps::Range(low, high)
            }
            _ => Reps::Exact(self.integer(form).value),
        }
    }

    fn technique(&self, pair: Pair<'_, Rule>) -> Technique {
        match pair.as_rule() {
            Rule::drop_percent => {
                Technique::Drop(pair.into_inner().map(|p| self.percent(p)).collect())
            }
            Rule::drop_to => Technique::DropTo(
                pair.into_inner()
                    .map(|p| {
                        let load = self.percent_or_mass(p);
                        Spanned::new(load.value, load.span)
                    })
                    .collect(),
            ),
            Rule::mechanical_drop => {
                Technique::MechanicalDrop(pair.into_inner().map(|p| self.string(p)).collect())
            }
            Rule::rest_pause => Technique::RestPause(self.mini_sets(first(pair))),
            _ => Technique::MyoReps(self.mini_sets(first(pair))),
        }
    }

    fn mini_sets(&self, pair: Pair<'_, Rule>) -> MiniSets {
        let mut inner = pair.into_inner().filter(|p| p.as_rule() != Rule::times);
        let count = self.integer(inner.next().expect(GRAMMAR));
        let reps = self.reps(inner.next().expect(GRAMMAR));
        let pause = inner.next().map(|p| self.duration(p));
        MiniSets { count, reps, pause }
    }

    fn duration(&self, pair: Pair<'_, Rule>) -> Spanned<Duration> {
        let span = self.span(&pair);
        let mut seconds = 0.0;
        let mut amount = 0.0;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::number => amount = number(part.as_str()),
                _ => {
                    let unit = match part.as_str().to_ascii_lowercase().as_str() {
                        "h" => 3600.0,
                        "min" => 60.0,
                        _ => 1.0,
                    };
                    seconds += amount * unit;
                }
            }
        }
        Spanned::new(Duration { seconds }, span)
    }

    fn mass(&self, pair: Pair<'_, Rule>) -> Spanned<Mass> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let value = number(next(&mut inner).as_str());
        let unit = mass_unit(next(&mut inner).as_str());
        Spanned::new(Mass { value, unit }, span)
    }

    fn percent(&self, pair: Pair<'_, Rule>) -> Spanned<f64> {
        let span = self.span(&pair);
        Spanned::new(number(first(pair).as_str()), span)
    }

    fn integer(&self, pair: Pair<'_, Rule>) -> Spanned<u32> {
        self.word(pair, whole_number)
    }

    /// An exercise name: a quoted string, or bare text trimmed of the spaces around it.
    fn name(&self, pair: Pair<'_, Rule>) -> Spanned<String> {
        if pair.as_rule() == Rule::string {
            return self.string(pair);
        }
        let text = pair.as_str();
        let start = pair.as_span().start() + (text.len() - text.trim_start().len());
        let trimmed = text.trim();
        let start = self.offset + start;
        Spanned::new(trimmed.to_owned(), Span::new(start, start + trimmed.len()))
    }

    /// A string's value without its quotes, escapes resolved; the span keeps the quotes.
    fn string(&self, pair: Pair<'_, Rule>) -> Spanned<String> {
        let span = self.span(&pair);
        let inner = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::string_inner)
            .map_or("", |p| p.as_str());
        let mut value = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            value.push(if c == '\\' {
                chars.next().expect(GRAMMAR)
            } else {
                c
            });
        }
        Spanned::new(value, span)
    }

    /// A token read through `read`, with its span.
    fn word<T>(&self, pair: Pair<'_, Rule>, read: impl FnOnce(&str) -> T) -> Spanned<T> {
        Spanned::new(read(pair.as_str()), self.span(&pair))
    }

    /// The pair's span in the file. pest keeps the spaces it skipped before an optional
    /// part that then matched nothing (`RPE 8` then no `/9`): they are left out, so a
    /// span ends at its last character.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let start = self.offset + pair.as_span().start();
        let text = pair.as_str().trim_end_matches([' ', '\t']);
        Span::new(start, start + text.len())
    }
}

fn first(pair: Pair<'_, Rule>) -> Pair<'_, Rule> {
    pair.into_inner().next().expect(GRAMMAR)
}

fn next<'i>(pairs: &mut impl Iterator<Item = Pair<'i, Rule>>) -> Pair<'i, Rule> {
    pairs.next().expect(GRAMMAR)
}

/// A decimal number the grammar matched. Absurdly long ones become infinite, which the
/// resolver rejects as out of range.
fn number(text: &str) -> f64 {
    text.parse().unwrap_or(f64::INFINITY)
}

/// A run of digits as a whole number, saturating rather than failing on overflow: the
/// resolver reports the value as out of range.
fn whole_number(digits: &str) -> u32 {
    digits.parse().unwrap_or(u32::MAX)
}

fn mass_unit(word: &str) -> MassUnit {
    if word.to_ascii_lowercase().starts_with("lb") {
        MassUnit::Lb
    } else {
        MassUnit::Kg
    }
}

fn equipment(word: &str) -> Equipment {
    Equipment::ALL
        .into_iter()
        .find(|e| e.as_str() == word)
        .expect(GRAMMAR)
}

fn weekday(word: &str) -> Weekday {
    let lower = word.to_ascii_lowercase();
    Weekday::ALL
        .into_iter()
        .find(|d| d.as_str() == lower)
        .expect(GRAMMAR)
}
