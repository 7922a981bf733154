//! The syntax tree of one `.wod` file.
//!
//! Every node carries the byte span of its text in the file, so that later stages can
//! point at exactly what they talk about. Values are kept as written (a sets count that
//! overflows is saturated, a date is three numbers): whether they make sense is the
//! resolver's business, which reports them as `invalid-value` with a label on the text.
//! Comments live in a side table beside the tree ([`File::comments`]), in source order,
//! so a formatter or a language server can put them back.

use crate::span::{Span, Spanned};

/// A parsed file: its statements, and the comments between them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct File {
    pub items: Vec<Item>,
    pub comments: Vec<Comment>,
    /// The lines that did not parse (already reported), without their line ends.
    pub failed: Vec<Span>,
}

impl File {
    /// The blocks, in the order written.
    pub fn blocks(&self) -> Vec<&Block> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Block(block) => Some(block),
                _ => None,
            })
            .collect()
    }
}

/// A `// ...` comment; `text` excludes the slashes.
#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    pub span: Span,
    pub text: String,
}

/// A statement at the top level of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Header(Header),
    Import(Import),
    Level(LevelDirective),
    Exercise(ExerciseDef),
    Block(Block),
}

/// A header statement: `program`, `athlete`, `max`...
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The whole statement, keyword to last value.
    pub span: Span,
    pub value: HeaderValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum HeaderValue {
    Program(Spanned<String>),
    Athlete(Spanned<Athlete>),
    Goal(Spanned<Goal>),
    Phase(Spanned<Phase>),
    Units(Spanned<MassUnit>),
    Start(Spanned<Date>),
    Timezone(Spanned<String>),
    /// `round MASS`, or `round EQUIPMENT MASS` for the exercises of one equipment.
    Round {
        equipment: Option<Spanned<Equipment>>,
        mass: Spanned<Mass>,
    },
    Max {
        exercise: Spanned<String>,
        mass: Spanned<Mass>,
    },
}

impl HeaderValue {
    /// The statement's keyword, as written in a file.
    pub fn keyword(&self) -> &'static str {
        match self {
            Self::Program(_) => "program",
            Self::Athlete(_) => "athlete",
            Self::Goal(_) => "goal",
            Self::Phase(_) => "phase",
            Self::Units(_) => "units",
            Self::Start(_) => "start",
            Self::Timezone(_) => "timezone",
            Self::Round { .. } => "round",
            Self::Max { .. } => "max",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Athlete {
    Beginner,
    Intermediate,
    Advanced,
}

impl Athlete {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Beginner => "beginner",
            Self::Intermediate => "intermediate",
            Self::Advanced => "advanced",
        }
    }
}

impl Goal {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hypertrophy => "hypertrophy",
            Self::Strength => "strength",
            Self::General => "general",
        }
    }
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bulk => "bulk",
            Self::Maintain => "maintain",
            Self::Cut => "cut",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Goal {
    #[default]
    Hypertrophy,
    Strength,
    General,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Phase {
    Bulk,
    #[default]
    Maintain,
    Cut,
}

/// A calendar date as written; the resolver checks that it exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A clock time as written; the resolver checks the ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

/// `import "PATH"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub span: Span,
    pub path: Spanned<String>,
}

/// `allow RULE`, `warn RULE` or `deny RULE`.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelDirective {
    pub span: Span,
    pub level: LevelWord,
    pub rule: Spanned<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LevelWord {
    Allow,
    Warn,
    Deny,
}

/// `exercise "NAME" { PROPERTIES }`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseDef {
    /// The header line, `exercise` to `{`.
    pub span: Span,
    pub name: Spanned<String>,
    pub properties: Vec<Property>,
    pub body: BodySpan,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub span: Span,
    pub value: PropertyValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PropertyValue {
    Equipment(Spanned<Equipment>),
    Mechanic(Spanned<Mechanic>),
    Muscles(Vec<Spanned<Muscle>>),
    Skill(Spanned<Skill>),
    Aliases(Vec<Spanned<String>>),
}

impl PropertyValue {
    pub fn keyword(&self) -> &'static str {
        match self {
            Self::Equipment(_) => "equipment",
            Self::Mechanic(_) => "mechanic",
            Self::Muscles(_) => "muscles",
            Self::Skill(_) => "skill",
            Self::Aliases(_) => "aliases",
        }
    }
}

pub use crate::vocabulary::{Equipment, Mechanic, Muscle, Skill};

/// Where a `{ ... }` body opens and, if it does, closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodySpan {
    pub open: Span,
    /// `None` when the file ended before the `}`: already reported as a syntax error.
    pub close: Option<Span>,
}

/// `block "NAME" weeks A-B [deload] [{ ... }]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The header line, `block` to the last token before any comment.
    pub span: Span,
    pub name: Spanned<String>,
    pub weeks: Spanned<WeekSpan>,
    pub deload: Option<Span>,
    /// `repeats "OTHER"`: the name of the block whose sessions this one repeats.
    pub repeats: Option<Spanned<String>>,
    /// `None` for a block written without `{ }`.
    pub body: Option<BlockBody>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BlockBody {
    pub span: BodySpan,
    pub items: Vec<BlockItem>,
}

/// The weeks a block covers, as written: `week 5` is `5..=5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekSpan {
    pub first: Spanned<u32>,
    pub last: Spanned<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockItem {
    Session(Session),
    Level(LevelDirective),
}

/// `session "NAME" [on DAYS] [at HH:MM] [for DURATION] { ... }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub span: Span,
    pub name: Spanned<String>,
    pub days: Vec<Spanned<Weekday>>,
    pub time: Option<Spanned<ClockTime>>,
    pub duration: Option<Spanned<Duration>>,
    pub body: BodySpan,
    pub items: Vec<SessionItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Self::Mon,
        Self::Tue,
        Self::Wed,
        Self::Thu,
        Self::Fri,
        Self::Sat,
        Self::Sun,
    ];

    /// Days after Monday: Monday is 0.
    pub fn index(self) -> u8 {
        self as u8
    }

    /// The weekday of a calendar date.
    pub fn of(date: jiff::civil::Date) -> Weekday {
        Self::ALL[date.weekday().to_monday_zero_offset() as usize]
    }

    /// The three-letter name used in `.wod` files and in JSON.
    pub fn as_str(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum SessionItem {
    /// Boxed: a prescription is several times the size of the other items.
    Prescription(Box<Prescription>),
    Superset(Superset),
    Level(LevelDirective),
    Note(Note),
}

/// `note "TEXT"` on a line of its own: a note for the whole session.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub span: Span,
    pub text: Spanned<String>,
}

/// `superset [rest DURATION] { PRESCRIPTIONS }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Superset {
    pub span: Span,
    pub rest: Option<Spanned<Duration>>,
    pub body: BodySpan,
    pub members: Vec<Prescription>,
}

/// `EXERCISE: SETS x REPS [@ INTENSITY] [, CLAUSE]*`, or one continuous effort
/// `EXERCISE: AMOUNT [@ INTENSITY] [, CLAUSE]*`: one exercise line.
#[derive(Debug, Clone, PartialEq)]
pub struct Prescription {
    /// The whole line without indentation or comment.
    pub span: Span,
    pub exercise: Spanned<String>,
    /// `None` for one continuous effort (`Rower: 2km`), which is one set.
    pub sets: Option<PerWeek<u32>>,
    pub reps: PerWeek<Reps>,
    /// `each`: the reps are per side.
    pub each: Option<Span>,
    pub load: Option<Loads>,
    pub effort: Option<PerWeek<Effort>>,
    pub clauses: Vec<Clause>,
}

/// From a header to its closing `}`, or to the last item when the `}` is missing: the
/// part of the file a body covers (the scope of its `allow`/`warn`/`deny`, a fold).
fn extent(header: Span, close: Option<Span>, items: impl Iterator<Item = Span>) -> Span {
    let end = close.map_or_else(|| items.fold(header, Span::to), |close| header.to(close));
    header.to(end)
}

impl ExerciseDef {
    pub fn extent(&self) -> Span {
        extent(
            self.span,
            self.body.close,
            self.properties.iter().map(|p| p.span),
        )
    }
}

impl Block {
    /// The header alone for a block without a body.
    pub fn extent(&self) -> Span {
        self.body.as_ref().map_or(self.span, |body| {
            let items = body.items.iter().map(|item| match item {
                BlockItem::Session(session) => session.extent(),
                BlockItem::Level(directive) => directive.span,
            });
            extent(self.span, body.span.close, items)
        })
    }
}

impl Session {
    pub fn extent(&self) -> Span {
        let items = self.items.iter().map(|item| match item {
            SessionItem::Prescription(line) => line.span,
            SessionItem::Superset(superset) => superset.extent(),
            SessionItem::Level(directive) => directive.span,
            SessionItem::Note(note) => note.span,
        });
        extent(self.span, self.body.close, items)
    }
}

impl Superset {
    pub fn extent(&self) -> Span {
        extent(
            self.span,
            self.body.close,
            self.members.iter().map(|m| m.span),
        )
    }
}

/// A value given once for the whole block, or once per week of it (`5/3/1/5`).
#[derive(Debug, Clone, PartialEq)]
pub struct PerWeek<T> {
    /// The whole value or list, as written.
    pub span: Span,
    pub values: Vec<Spanned<T>>,
}

impl<T> PerWeek<T> {
    /// One value for every week.
    pub fn one(value: Spanned<T>) -> Self {
        Self {
            span: value.span,
            values: vec![value],
        }
    }

    /// Whether a value is given per week (a list of two or more).
    pub fn is_list(&self) -> bool {
        self.values.len() > 1
    }
}

/// A line's load: one, or one per week; `of NAME` makes its percentages shares of that
/// exercise's one-rep max.
#[derive(Debug, Clone, PartialEq)]
pub struct Loads {
    pub span: Span,
    pub values: PerWeek<Load>,
    pub of: Option<Spanned<String>>,
}

/// A rep target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reps {
    Exact(u32),
    Range(u32, u32),
    Amrap,
    /// A hold, or a continuous effort for a time.
    Hold(Duration),
    /// A carry, a sled push, a row: a distance.
    Distance(Distance),
}

/// A distance as written: `40m`, `1.5km`, `50yd`, `1mi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distance {
    pub value: f64,
    pub unit: DistanceUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DistanceUnit {
    Metre,
    Kilometre,
    Yard,
    Mile,
}

impl DistanceUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Metre => "m",
            Self::Kilometre => "km",
            Self::Yard => "yd",
            Self::Mile => "mi",
        }
    }

    /// How many metres one of this unit is.
    pub fn metres(self) -> f64 {
        match self {
            Self::Metre => 1.0,
            Self::Kilometre => 1000.0,
            Self::Yard => 0.9144,
            Self::Mile => 1609.344,
        }
    }
}

impl Distance {
    pub fn metres(self) -> f64 {
        self.value * self.unit.metres()
    }
}

/// A length of time in seconds, as the sum of its written parts (`1min30s` is 90).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Duration {
    pub seconds: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MassUnit {
    #[default]
    Kg,
    Lb,
}

impl MassUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kg => "kg",
            Self::Lb => "lb",
        }
    }

    /// How many of `other` make one of this unit.
    pub fn factor_to(self, other: MassUnit) -> f64 {
        const POUNDS_PER_KILOGRAM: f64 = 2.204_622_621_848_776;
        match (self, other) {
            (MassUnit::Kg, MassUnit::Lb) => POUNDS_PER_KILOGRAM,
            (MassUnit::Lb, MassUnit::Kg) => 1.0 / POUNDS_PER_KILOGRAM,
            _ => 1.0,
        }
    }
}

impl Mass {
    /// The same mass in `unit`.
    pub fn value_in(self, unit: MassUnit) -> f64 {
        self.value * self.unit.factor_to(unit)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mass {
    pub value: f64,
    pub unit: MassUnit,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Load {
    Mass(Mass),
    /// A share of the one-rep max, in percent.
    Percent(f64),
    /// Bodyweight, with an added (positive) or assisting (negative) mass.
    Bodyweight {
        plus: Option<(Sign, Mass)>,
    },
    /// `-P%`: P% lighter than the line's top set (back-off sets only).
    BelowTop(f64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
}

/// How hard a set is meant to be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Effort {
    Rpe(NumberOrRange),
    Rir(NumberOrRange),
    Failure,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberOrRange {
    Number(f64),
    Range(f64, f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub span: Span,
    pub value: ClauseValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClauseValue {
    Rest(Spanned<Duration>),
    Tempo(Spanned<Tempo>),
    Progress(Spanned<Progress>),
    Note(Spanned<String>),
    Warmup(Vec<Spanned<WarmupStep>>),
    Backoff(Backoff),
    Technique(Technique),
}

impl ClauseValue {
    /// The clause's keyword, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            Self::Rest(_) => "rest",
            Self::Tempo(_) => "tempo",
            Self::Progress(_) => "progress",
            Self::Note(_) => "note",
            Self::Warmup(_) => "warmup",
            Self::Backoff(_) => "backoff",
            Self::Technique(technique) => technique.keyword(),
        }
    }
}

/// One warm-up set: `5@40%` (a share of the line's working load), `3@60kg`, `10@BW`,
/// or `10` (an empty bar, or bodyweight).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WarmupStep {
    pub reps: Reps,
    pub load: Option<Load>,
}

/// `backoff SETS x REPS [@ LOAD] [EFFORT]`: straight sets after the line's sets.
#[derive(Debug, Clone, PartialEq)]
pub struct Backoff {
    pub sets: Spanned<u32>,
    pub reps: Spanned<Reps>,
    pub load: Option<Spanned<Load>>,
    /// One effort; a list is written, and refused, as on any line.
    pub effort: Option<PerWeek<Effort>>,
}

/// `tempo A-B-C-D`: eccentric, pause, concentric, pause. `None` is an `X` (explosive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tempo(pub [Option<u32>; 4]);

/// `progress SIGN STEP/PERIOD`: what is added every week after a block's first, or at
/// every occurrence of the session after its first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub sign: Sign,
    pub step: Step,
    pub period: Period,
}

/// What one step of a progression adds, as written (the sign apart).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    Mass(Mass),
    Percent(f64),
    Sets(u32),
    Reps(u32),
    Rir(f64),
    Rpe(f64),
}

/// What a progression changes: a line has at most one progression of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProgressKind {
    Load,
    Sets,
    Reps,
    Effort,
}

impl Step {
    pub fn kind(self) -> ProgressKind {
        match self {
            Self::Mass(_) | Self::Percent(_) => ProgressKind::Load,
            Self::Sets(_) => ProgressKind::Sets,
            Self::Reps(_) => ProgressKind::Reps,
            Self::Rir(_) | Self::Rpe(_) => ProgressKind::Effort,
        }
    }
}

impl ProgressKind {
    /// "the load", "the sets"...: what a week list or a progression of it changes.
    pub fn noun(self) -> &'static str {
        match self {
            Self::Load => "load",
            Self::Sets => "sets",
            Self::Reps => "reps",
            Self::Effort => "effort",
        }
    }
}

/// How often a progression steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Week,
    Session,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Week => "week",
            Self::Session => "session",
        }
    }
}

impl Technique {
    /// The technique's keyword, as a line writes it.
    pub fn keyword(&self) -> &'static str {
        match self {
            Self::Drop(_) | Self::DropTo(_) => "drop",
            Self::MechanicalDrop(_) => "mechanical drop",
            Self::RestPause(_) => "rest-pause",
            Self::MyoReps(_) => "myo-reps",
        }
    }
}

/// An intensity technique.
#[derive(Debug, Clone, PartialEq)]
pub enum Technique {
    /// `drop P% ...`: one percentage cut per drop.
    Drop(Vec<Spanned<f64>>),
    /// `drop to LOAD ...`: the loads written out (masses, or percentages of the max).
    DropTo(Vec<Spanned<Load>>),
    /// `mechanical drop "EXERCISE" ...`: the variations switched to.
    MechanicalDrop(Vec<Spanned<String>>),
    RestPause(MiniSets),
    MyoReps(MiniSets),
}

/// `N x REPS [pause DURATION]` of rest-pause and myo-reps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MiniSets {
    pub count: Spanned<u32>,
    pub reps: Spanned<Reps>,
    pub pause: Option<Spanned<Duration>>,
}

/// A decimal as `.wod` writes it: no trailing zeros, at most three places (`80`, `2.5`).
pub fn decimal(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    // `Display` for f64 prints the shortest form that reads back: 80, 2.5, 0.125.
    format!("{}", rounded + 0.0)
}

impl std::fmt::Display for Duration {
    /// `45s`, `2min`, `1min30s`, `1h`, `1h15min`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let total = self.seconds;
        if total.fract() != 0.0 || total < 60.0 {
            return write!(f, "{}s", decimal(total));
        }
        let total = total as u64;
        let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60);
        if hours > 0 {
            write!(f, "{hours}h")?;
        }
        if minutes > 0 {
            write!(f, "{minutes}min")?;
        }
        if seconds > 0 {
            write!(f, "{seconds}s")?;
        }
        Ok(())
    }
}

impl std::fmt::Display for Reps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Exact(n) => write!(f, "{n}"),
            Self::Range(low, high) => write!(f, "{low}-{high}"),
            Self::Amrap => f.write_str("AMRAP"),
            Self::Hold(duration) => write!(f, "{duration}"),
            Self::Distance(distance) => write!(f, "{distance}"),
        }
    }
}

impl std::fmt::Display for Tempo {
    /// `3-1-X-0`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (index, part) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("-")?;
            }
            match part {
                Some(seconds) => write!(f, "{seconds}")?,
                None => f.write_str("X")?,
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for Distance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", decimal(self.value), self.unit.as_str())
    }
}

impl std::fmt::Display for Mass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", decimal(self.value), self.unit.as_str())
    }
}

impl std::fmt::Display for Load {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Mass(mass) => write!(f, "{mass}"),
            Self::Percent(p) => write!(f, "{}%", decimal(*p)),
            Self::Bodyweight { plus: None } => f.write_str("BW"),
            Self::Bodyweight {
                plus: Some((sign, mass)),
            } => {
                let sign = if *sign == Sign::Plus { '+' } else { '-' };
                write!(f, "BW{sign}{mass}")
            }
            Self::BelowTop(p) => write!(f, "-{}%", decimal(*p)),
        }
    }
}

#[cfg(test)]
mod display_tests {
    use super::*;

    #[test]
    fn values_print_as_they_are_written() {
        let seconds = |seconds| Duration { seconds };
        assert_eq!(seconds(45.0).to_string(), "45s");
        assert_eq!(seconds(120.0).to_string(), "2min");
        assert_eq!(seconds(90.0).to_string(), "1min30s");
        assert_eq!(seconds(4500.0).to_string(), "1h15min");
        assert_eq!(Reps::Range(8, 12).to_string(), "8-12");
        assert_eq!(
            Tempo([Some(3), Some(1), None, Some(0)]).to_string(),
            "3-1-X-0"
        );
        let mass = Mass {
            value: 10.5,
            unit: MassUnit::Kg,
        };
        assert_eq!(mass.to_string(), "10.5kg");
        assert_eq!(
            Load::Bodyweight {
                plus: Some((Sign::Minus, mass))
            }
            .to_string(),
            "BW-10.5kg"
        );
        assert_eq!(decimal(26.666_666), "26.667");
        assert_eq!(decimal(80.0), "80");
    }
}
