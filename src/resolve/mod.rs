//! Syntax tree to resolved program: names looked up, imports read, values checked.
//!
//! Everything the tree says is checked for meaning here, and every error of meaning is
//! reported (`unknown-exercise`, `duplicate-definition`, `invalid-value`, `week-layout`,
//! `import`). What has such an error is left out of the [`Program`], so later stages only
//! see lines they can trust: the guardrails never judge a line that makes no sense.
//!
//! The only way out to the file system is the [`Loader`] the caller passes in.

mod blocks;
mod definitions;
mod header;
mod imports;
mod lines;
mod names;
mod repeats;
mod values;
mod weeks;

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

pub use imports::{FileKey, Imported, LoadError, Loaded, Loader, MAX_IMPORT_BYTES, NoImports};

use crate::ast::{
    self, Athlete, ClockTime, Duration, Effort, Goal, LevelWord, Load, MassUnit, Phase, Progress,
    Reps, WarmupStep, Weekday,
};
use crate::catalog::{Catalog, EntryId};
use crate::diagnostic::Diagnostic;
use crate::source::SourceMap;
use crate::span::{FileId, Location, Span};
use crate::vocabulary::Equipment;

/// A program with every name resolved and every value checked.
#[derive(Debug, Clone)]
pub struct Program {
    pub root: FileId,
    pub settings: Settings,
    pub catalog: Catalog,
    /// The program's `exercise` definitions, in the order they were read.
    pub definitions: Vec<Definition>,
    /// The blocks in week order (file order among equals).
    pub blocks: Vec<Block>,
    /// Every `allow`/`warn`/`deny`, with the part of the source it governs.
    pub directives: Vec<Directive>,
    /// Every `import` followed, in the program's file and the files it imports.
    pub imports: Vec<Imported>,
}

/// The header statements, with their defaults filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub name: Option<String>,
    pub athlete: Option<Athlete>,
    pub goal: Goal,
    pub phase: Phase,
    pub units: MassUnit,
    pub start: Option<jiff::civil::Date>,
    /// A valid IANA zone name.
    pub timezone: Option<String>,
    /// The step computed loads snap to, in `units`.
    pub round: f64,
    /// The steps of `round EQUIPMENT MASS`, in `units`.
    pub round_by_equipment: Vec<(Equipment, f64)>,
    /// One-rep maxes by exercise.
    pub maxes: Vec<(EntryId, ast::Mass)>,
}

impl Settings {
    /// The step computed loads of an exercise with `equipment` snap to.
    pub fn round_for(&self, equipment: Equipment) -> f64 {
        self.round_by_equipment
            .iter()
            .find(|(e, _)| *e == equipment)
            .map_or(self.round, |&(_, step)| step)
    }

    /// The one-rep max of `exercise`, in the program's units, if the program gives one.
    pub fn max_of(&self, exercise: EntryId) -> Option<f64> {
        self.maxes
            .iter()
            .find(|(entry, _)| *entry == exercise)
            .map(|(_, max)| max.value_in(self.units))
    }
}

/// An `exercise` definition in the program or a file it imports.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    pub entry: EntryId,
    /// The definition's name, in quotes: where `shadowed-exercise` points.
    pub name: Location,
    /// The built-in entries it replaces, each with the name that replaces it (the
    /// definition's own, or one of its aliases).
    pub shadows: Vec<(EntryId, Location)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub name: String,
    /// The header line: `block "NAME" weeks 1-4 {`.
    pub header: Location,
    pub weeks: RangeInclusive<u32>,
    pub deload: bool,
    /// `None` for a block written without a body (a deload that repeats the block before).
    pub sessions: Option<Vec<Session>>,
    /// For a block that `repeats` another, the name it repeats (its sessions are copies
    /// of that block's).
    pub repeats: Option<String>,
    /// The whole block, header to `}`: the scope of its `allow`/`warn`/`deny`.
    pub extent: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub name: String,
    pub header: Location,
    pub days: Vec<Weekday>,
    pub time: Option<ClockTime>,
    pub duration: Option<Duration>,
    pub lines: Vec<Line>,
    pub supersets: Vec<Superset>,
    /// The session's own `note` lines.
    pub notes: Vec<String>,
    /// The whole session, header to `}`.
    pub extent: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Superset {
    pub location: Location,
    pub rest: Option<Duration>,
}

/// One exercise line that passed every check of meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line's text without indentation or comment: where line rules point.
    pub location: Location,
    pub exercise: EntryId,
    pub sets: Weekly<u32>,
    pub reps: Weekly<Reps>,
    /// `each`: the reps are per side.
    pub each: bool,
    /// One continuous effort (`Rower: 2km`), written without `SETS x`.
    pub continuous: bool,
    pub load: Option<Weekly<Load>>,
    /// The exercise whose max the line's percentages are of, when not its own (`of`).
    pub load_of: Option<EntryId>,
    pub effort: Option<Weekly<Effort>>,
    pub rest: Option<Duration>,
    pub tempo: Option<ast::Tempo>,
    /// At most one of each kind (load, sets, reps, effort).
    pub progress: Vec<Progress>,
    pub note: Option<String>,
    pub warmup: Vec<WarmupStep>,
    pub backoff: Option<Backoff>,
    pub technique: Option<Technique>,
    /// Where the technique is written: what a fix of it rewrites.
    pub technique_span: Option<Span>,
    /// The index in [`Session::supersets`] of the superset the line belongs to.
    pub superset: Option<usize>,
}

/// A value given once for the whole block, or once per week of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Weekly<T>(Vec<T>);

impl<T: Copy> Weekly<T> {
    /// The same value every week.
    pub fn one(value: T) -> Self {
        Self(vec![value])
    }

    /// One value per week, from the first; `values` is not empty.
    pub fn per_week(values: Vec<T>) -> Self {
        debug_assert!(!values.is_empty());
        Self(values)
    }

    /// The value of week `week` of the block (0 is the first).
    pub fn at(&self, week: u32) -> T {
        self.0[(week as usize).min(self.0.len() - 1)]
    }

    /// Whether the value changes from week to week, as written.
    pub fn is_list(&self) -> bool {
        self.0.len() > 1
    }

    pub fn values(&self) -> &[T] {
        &self.0
    }
}

/// `backoff SETS x REPS [@ LOAD] [EFFORT]`, checked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backoff {
    pub sets: u32,
    pub reps: Reps,
    pub load: Option<Load>,
    pub effort: Option<Effort>,
}

/// A technique with its names resolved and its defaults filled in.
#[derive(Debug, Clone, PartialEq)]
pub enum Technique {
    /// The percentage cut of each drop.
    Drop(Vec<f64>),
    /// The load of each drop, written out.
    DropTo(Vec<ast::Load>),
    /// The variation switched to at each step.
    MechanicalDrop(Vec<EntryId>),
    RestPause(MiniSets),
    MyoReps(MiniSets),
}

impl Technique {
    /// The kind's name in JSON and messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Drop(_) | Self::DropTo(_) => "drop",
            Self::MechanicalDrop(_) => "mechanical-drop",
            Self::RestPause(_) => "rest-pause",
            Self::MyoReps(_) => "myo-reps",
        }
    }

    /// Whether each set of the line is a *drop set* (`drop` or `mechanical drop`).
    pub fn is_drop_set(&self) -> bool {
        matches!(
            self,
            Self::Drop(_) | Self::DropTo(_) | Self::MechanicalDrop(_)
        )
    }

    /// Load drops (`drop`, `drop to`), not counting mechanical steps.
    pub fn load_drops(&self) -> usize {
        match self {
            Self::Drop(cuts) => cuts.len(),
            Self::DropTo(loads) => loads.len(),
            _ => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MiniSets {
    pub count: u32,
    pub reps: Reps,
    /// The pause before each mini-set: `15s` unless written.
    pub pause: Duration,
}

/// `allow`/`warn`/`deny RULE` and the source it governs.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    pub level: LevelWord,
    pub rule: String,
    /// The rule name as written: where `unknown-rule` points.
    pub name: Location,
    pub scope: Scope,
}

/// Where a directive applies: a whole file, or a span of it (a block, a session).
/// Spans nest, so the innermost scope holding a diagnostic's anchor decides its level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    File(FileId),
    Block(FileId, Span),
    Session(FileId, Span),
}

/// Resolves the tree of file `root`, read from `path` (`None` for standard input:
/// imports are then relative to the working directory).
pub fn resolve(
    root: FileId,
    path: Option<&Path>,
    tree: &ast::File,
    sources: &mut SourceMap,
    loader: &dyn Loader,
    diagnostics: &mut Vec<Diagnostic>,
) -> Program {
    resolve_onto(
        Catalog::new(),
        root,
        path,
        tree,
        sources,
        loader,
        diagnostics,
    )
}

/// Resolves as [`resolve`] does, laying the definitions over `catalog`: the built-in
/// catalog's own file is resolved onto one without built-in entries.
pub(crate) fn resolve_onto(
    mut catalog: Catalog,
    root: FileId,
    path: Option<&Path>,
    tree: &ast::File,
    sources: &mut SourceMap,
    loader: &dyn Loader,
    diagnostics: &mut Vec<Diagnostic>,
) -> Program {
    let mut definitions = Vec::new();
    let mut directives = Vec::new();
    let mut imports = Vec::new();
    let base = path
        .and_then(Path::parent)
        .map_or_else(PathBuf::new, Path::to_path_buf);
    let mut files = imports::Files::new(loader, path);
    let mut sink = imports::Sink {
        catalog: &mut catalog,
        definitions: &mut definitions,
        directives: &mut directives,
        diagnostics,
        imports: &mut imports,
        overflow: None,
    };
    files.collect(root, &base, tree, sources, &mut sink);
    definitions::report_overflow(&mut sink);
    let mut names = names::Names::new(&catalog);
    let settings = header::settings(root, tree, &mut names, diagnostics);
    let blocks = blocks::blocks(
        root,
        tree,
        &settings,
        &mut names,
        &mut directives,
        diagnostics,
    );
    let has_blocks = tree
        .items
        .iter()
        .any(|item| matches!(item, ast::Item::Block(_)));
    if !has_blocks {
        header::check_library(root, tree, diagnostics);
    } else if settings.name.is_none() {
        header::require_program(root, sources.text(root), tree, diagnostics);
    }
    let blocks = weeks::check_layout(blocks, diagnostics);
    if let Some(start) = settings.start {
        weeks::check_calendar(start, header::start_at(root, tree), &blocks, diagnostics);
    }
    Program {
        root,
        settings,
        catalog,
        definitions,
        blocks,
        directives,
        imports,
    }
}
