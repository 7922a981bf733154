//! Blocks, sessions and exercise lines: names resolved, values checked.

use super::names::Names;
use super::values::{self, MAX_SETS, MAX_WEEK};
use super::{Block, Directive, Line, MiniSets, Scope, Session, Superset, Technique};
use crate::ast::{self, BlockItem, ClauseValue, Item, Load, SessionItem};
use crate::diagnostic::Diagnostic;
use crate::meaning;
use crate::span::{FileId, Location, Span, Spanned};

/// The default pause of rest-pause and myo-reps.
const DEFAULT_PAUSE_SECONDS: f64 = 15.0;

/// Resolves every block of the root file, in file order.
pub(super) fn blocks(
    file: FileId,
    tree: &ast::File,
    names: &mut Names<'_>,
    directives: &mut Vec<Directive>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Block> {
    let mut resolver = Resolver {
        file,
        names,
        directives,
        diagnostics,
    };
    tree.items
        .iter()
        .filter_map(|item| match item {
            Item::Block(block) => resolver.block(block),
            _ => None,
        })
        .collect()
}

struct Resolver<'a, 'c> {
    file: FileId,
    names: &'a mut Names<'c>,
    directives: &'a mut Vec<Directive>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Resolver<'_, '_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn location(&self, span: Span) -> Location {
        Location::new(self.file, span)
    }

    /// The block, or `None` when its weeks are out of range (its lines are still
    /// checked, so their mistakes are reported too).
    fn block(&mut self, block: &ast::Block) -> Option<Block> {
        let weeks = self.weeks(&block.weeks);
        let week_count = weeks.as_ref().map_or(1, |w| w.end() - w.start() + 1);
        let extent = block.body.as_ref().map_or(block.span, |body| {
            extent(
                block.span,
                body.span.close,
                body.items.iter().map(block_item_span),
            )
        });
        let sessions = block.body.as_ref().map(|body| {
            let mut sessions: Vec<Session> = Vec::new();
            let mut names: Vec<&Spanned<String>> = Vec::new();
            for item in &body.items {
                match item {
                    BlockItem::Level(directive) => {
                        self.directive(directive, Scope::Block(self.file, extent))
                    }
                    BlockItem::Session(session) => {
                        if let Some(first) = names.iter().find(|n| n.value == session.name.value) {
                            self.report(meaning::duplicate_definition::diagnostic(
                                self.file,
                                session.name.span,
                                &format!("the session name \"{}\"", session.name.value),
                                self.location(first.span),
                                "give each session of a block its own name",
                            ));
                        }
                        names.push(&session.name);
                        sessions.push(self.session(session, week_count));
                    }
                }
            }
            sessions
        });
        let name = self.name(&block.name, "the block name");
        Some(Block {
            name,
            header: self.location(block.span),
            weeks: weeks?,
            deload: block.deload.is_some(),
            sessions,
            extent,
        })
    }

    /// The weeks a block covers. A reversed span is reported and read the right way
    /// round; a week out of range is reported, and the block is then left out of the
    /// program (`None`), so that no later check reports weeks the file never names.
    fn weeks(&mut self, weeks: &Spanned<ast::WeekSpan>) -> Option<std::ops::RangeInclusive<u32>> {
        let (first, last) = (weeks.value.first, weeks.value.last);
        let written = if first.span == last.span {
            vec![first]
        } else {
            vec![first, last]
        };
        let mut in_range = true;
        for week in written {
            if !(1..=MAX_WEEK).contains(&week.value) {
                in_range = false;
                self.report(meaning::invalid_value::diagnostic(
                    self.file,
                    week.span,
                    format!("week {} is out of range", week.value),
                    format!("weeks are numbered from 1 to {MAX_WEEK}"),
                ));
            }
        }
        if first.value > last.value {
            self.report(meaning::invalid_value::diagnostic(
                self.file,
                weeks.span,
                format!("the weeks {}-{} are reversed", first.value, last.value),
                format!(
                    "write the first week first: weeks {}-{}",
                    last.value, first.value
                ),
            ));
        }
        in_range.then(|| first.value.min(last.value)..=first.value.max(last.value))
    }

    fn directive(&mut self, directive: &ast::LevelDirective, scope: Scope) {
        self.directives.push(Directive {
            level: directive.level,
            rule: directive.rule.value.clone(),
            name: self.location(directive.rule.span),
            scope,
        });
    }

    fn session(&mut self, session: &ast::Session, week_count: u32) -> Session {
        let extent = extent(
            session.span,
            session.body.close,
            session.items.iter().map(session_item_span),
        );
        let mut days = Vec::new();
        for day in &session.days {
            if let Some(first) = session
                .days
                .iter()
                .find(|d| d.value == day.value && d.span != day.span)
                && first.span < day.span
            {
                self.report(meaning::duplicate_definition::diagnostic(
                    self.file,
                    day.span,
                    &format!("the day `{}`", day.value.as_str()),
                    self.location(first.span),
                    "list each day once; a session done twice a week lists two days",
                ));
            } else {
                days.push(day.value);
            }
        }
        let time = session
            .time
            .filter(|time| self.check(values::clock_time(self.file, time)));
        let duration = session
            .duration
            .filter(|d| self.check(values::session_length(self.file, *d)));
        let name = self.name(&session.name, "the session name");
        let mut resolved = Session {
            name,
            header: self.location(session.span),
            days,
            time: time.map(|t| t.value),
            duration: duration.map(|d| d.value),
            lines: Vec::new(),
            supersets: Vec::new(),
            extent,
        };
        for item in &session.items {
            match item {
                SessionItem::Level(directive) => {
                    self.directive(directive, Scope::Session(self.file, extent))
                }
                SessionItem::Prescription(line) => {
                    if let Some(line) = self.line(line, week_count, None) {
                        resolved.lines.push(line);
                    }
                }
                SessionItem::Superset(superset) => {
                    if superset.members.len() < 2 {
                        self.report(meaning::invalid_value::diagnostic(
                            self.file,
                            superset.span,
                            format!(
                                "a superset of {} exercise{}",
                                superset.members.len(),
                                if superset.members.len() == 1 { "" } else { "s" }
                            ),
                            "a superset pairs two or more exercises done back to back",
                        ));
                    }
                    let rest = superset
                        .rest
                        .filter(|rest| self.check(values::rest(self.file, *rest)));
                    let index = resolved.supersets.len();
                    resolved.supersets.push(Superset {
                        location: self.location(superset.span),
                        rest: rest.map(|r| r.value),
                    });
                    for member in &superset.members {
                        if let Some(line) = self.line(member, week_count, Some(index)) {
                            resolved.lines.push(line);
                        }
                    }
                }
            }
        }
        resolved
    }

    /// A block's or session's name; one too long to quote is reported, and kept cut
    /// short, so no later message quotes it whole.
    fn name(&mut self, name: &Spanned<String>, what: &str) -> String {
        if self.check(values::name(self.file, name, what)) {
            name.value.clone()
        } else {
            crate::text::shown(&name.value)
        }
    }

    /// Keeps the diagnostic, and says whether the value was fine.
    fn check(&mut self, result: values::Checked) -> bool {
        match result {
            Ok(()) => true,
            Err(diagnostic) => {
                self.report(*diagnostic);
                false
            }
        }
    }

    /// Resolves one exercise line; `None` when it has an error of meaning. Every error
    /// of the line is reported, not only the first.
    fn line(
        &mut self,
        line: &ast::Prescription,
        week_count: u32,
        superset: Option<usize>,
    ) -> Option<Line> {
        let errors = self.diagnostics.len();
        let exercise = self.exercise(&line.exercise);
        self.check(values::sets(self.file, line.sets));
        self.check(values::reps(self.file, &line.reps));
        if let Some(load) = &line.load {
            self.check(values::load(self.file, load));
        }
        if let Some(effort) = &line.effort {
            self.check(values::effort(self.file, effort));
        }
        let clauses = self.clauses(line, week_count);
        let exercise = exercise?;
        (self.diagnostics.len() == errors).then(|| Line {
            location: self.location(line.span),
            exercise,
            sets: line.sets.value,
            reps: line.reps.value,
            load: line.load.map(|l| l.value),
            effort: line.effort.map(|e| e.value),
            rest: clauses.rest,
            tempo: clauses.tempo,
            progress: clauses.progress,
            note: clauses.note,
            technique: clauses.technique,
            superset,
        })
    }

    /// A line's clauses, each at most once.
    fn clauses(&mut self, line: &ast::Prescription, week_count: u32) -> Clauses {
        let mut clauses = Clauses::default();
        let mut seen: Vec<(&str, Span)> = Vec::new();
        for clause in &line.clauses {
            let kind = clause.value.kind();
            if let Some(&(_, first)) = seen.iter().find(|(k, _)| *k == kind) {
                let (what, help) = match kind {
                    "technique" => (
                        "a second technique on this line".to_owned(),
                        "a line takes one technique; split the work over two lines",
                    ),
                    _ => (
                        format!("the `{kind}` clause"),
                        "give each clause once per line",
                    ),
                };
                self.report(meaning::duplicate_definition::diagnostic(
                    self.file,
                    clause.span,
                    &what,
                    self.location(first),
                    help,
                ));
                continue;
            }
            seen.push((kind, clause.span));
            match &clause.value {
                ClauseValue::Rest(rest) => {
                    if self.check(values::rest(self.file, *rest)) {
                        clauses.rest = Some(rest.value);
                    }
                }
                ClauseValue::Tempo(tempo) => {
                    if self.check(values::tempo(self.file, tempo)) {
                        clauses.tempo = Some(tempo.value);
                    }
                }
                ClauseValue::Progress(progress) => {
                    if self.progress(progress, line.sets.value, week_count) {
                        clauses.progress = Some(progress.value);
                    }
                }
                ClauseValue::Note(note) => clauses.note = Some(note.value.clone()),
                ClauseValue::Technique(technique) => {
                    clauses.technique = self.technique(technique, line.load.as_ref());
                }
            }
        }
        clauses
    }

    fn exercise(&mut self, name: &Spanned<String>) -> Option<crate::catalog::EntryId> {
        self.names.lookup(self.file, name, self.diagnostics)
    }

    fn progress(&mut self, progress: &Spanned<ast::Progress>, sets: u32, week_count: u32) -> bool {
        let bad = |message: String, help: String| (message, help);
        let problem = match progress.value {
            ast::Progress::Mass(mass) => {
                let step = Spanned::new(mass, progress.span);
                if let Err(error) = values::mass(self.file, step, "a step", values::MASS_STEP_KG) {
                    self.report(*error);
                    return false;
                }
                None
            }
            ast::Progress::Percent(p) if !(p > 0.0 && p <= 100.0) => Some(bad(
                format!("a weekly step of {p}% is out of range"),
                "a percentage step is more than 0% and at most 100%".into(),
            )),
            ast::Progress::Sets(0) => Some(bad(
                "a weekly step of 0 sets adds nothing".into(),
                "write a step such as `+1 set/week`, or remove the clause".into(),
            )),
            ast::Progress::Sets(step) => {
                let last = u64::from(sets) + u64::from(step) * u64::from(week_count - 1);
                (last > u64::from(MAX_SETS)).then(|| {
                    bad(
                        format!("this reaches {last} sets by the block's last week"),
                        format!("a line has at most {MAX_SETS} sets in any week"),
                    )
                })
            }
            _ => None,
        };
        match problem {
            Some((message, help)) => {
                self.report(meaning::invalid_value::diagnostic(
                    self.file,
                    progress.span,
                    message,
                    help,
                ));
                false
            }
            None => true,
        }
    }

    fn technique(
        &mut self,
        technique: &ast::Technique,
        load: Option<&Spanned<Load>>,
    ) -> Option<Technique> {
        let file = self.file;
        match technique {
            ast::Technique::Drop(cuts) => {
                let ok = self.check(values::steps(file, count(cuts), "drops"))
                    & cuts
                        .iter()
                        .all(|cut| self.check(values::drop_cut(file, cut)));
                ok.then(|| Technique::Drop(cuts.iter().map(|c| c.value).collect()))
            }
            ast::Technique::DropTo(loads) => {
                let ok = self.check(values::steps(file, count(loads), "drops"))
                    && loads.iter().all(|l| self.check(values::load(file, l)))
                    && self.check(drops_descend(file, load, loads));
                ok.then(|| Technique::DropTo(loads.iter().map(|l| l.value).collect()))
            }
            ast::Technique::MechanicalDrop(names) => {
                let counted = self.check(values::steps(file, count(names), "steps"));
                let steps: Vec<_> = names.iter().map(|name| self.exercise(name)).collect();
                let steps: Option<Vec<_>> = steps.into_iter().collect();
                if counted {
                    steps.map(Technique::MechanicalDrop)
                } else {
                    None
                }
            }
            ast::Technique::RestPause(mini) => self.mini_sets(mini).map(Technique::RestPause),
            ast::Technique::MyoReps(mini) => self.mini_sets(mini).map(Technique::MyoReps),
        }
    }

    fn mini_sets(&mut self, mini: &ast::MiniSets) -> Option<MiniSets> {
        let file = self.file;
        let ok = self.check(values::steps(file, mini.count, "mini-sets"))
            & self.check(values::reps(file, &mini.reps))
            & mini.pause.is_none_or(|pause| {
                self.check(values::positive_duration(
                    file,
                    pause,
                    "a pause",
                    values::MAX_PAUSE_SECONDS,
                ))
            });
        ok.then(|| MiniSets {
            count: mini.count.value,
            reps: mini.reps.value,
            pause: mini.pause.map_or(
                ast::Duration {
                    seconds: DEFAULT_PAUSE_SECONDS,
                },
                |p| p.value,
            ),
        })
    }
}

/// The clauses of a line that passed their checks.
#[derive(Default)]
struct Clauses {
    rest: Option<ast::Duration>,
    tempo: Option<ast::Tempo>,
    progress: Option<ast::Progress>,
    note: Option<String>,
    technique: Option<Technique>,
}

/// How many items a list has, as a spanned count over the whole list.
fn count<T>(items: &[Spanned<T>]) -> Spanned<u32> {
    let span = items
        .first()
        .zip(items.last())
        .map_or(Span::default(), |(a, b)| a.span.to(b.span));
    Spanned::new(u32::try_from(items.len()).unwrap_or(u32::MAX), span)
}

/// `drop to` loads must be of one kind with the line's load, each lighter than the last.
fn drops_descend(
    file: FileId,
    load: Option<&Spanned<Load>>,
    drops: &[Spanned<Load>],
) -> values::Checked {
    let comparable = |load: &Load| match load {
        Load::Mass(mass) => Some((0, mass.value_in(ast::MassUnit::Kg))),
        Load::Percent(p) => Some((1, *p)),
        Load::Bodyweight { .. } => None,
    };
    let mut previous = load.and_then(|l| comparable(&l.value));
    for drop in drops {
        let Some(current) = comparable(&drop.value) else {
            return Err(Box::new(meaning::invalid_value::diagnostic(
                file,
                drop.span,
                "a drop cannot be to bodyweight",
                "write the drop's load as a mass such as `20kg`",
            )));
        };
        if let Some(before) = previous {
            if before.0 != current.0 {
                return Err(Box::new(meaning::invalid_value::diagnostic(
                    file,
                    drop.span,
                    "this drop mixes masses and percentages",
                    "write every load of the line the same way: all masses, or all percentages of the max",
                )));
            }
            if current.1 >= before.1 {
                return Err(Box::new(meaning::invalid_value::diagnostic(
                    file,
                    drop.span,
                    "this drop is not lighter than the load before it",
                    "each `drop to` load must be lighter than the one before",
                )));
            }
        }
        previous = Some(current);
    }
    Ok(())
}

/// From a header to its closing `}`, or to the last item when the `}` is missing.
fn extent(header: Span, close: Option<Span>, items: impl Iterator<Item = Span>) -> Span {
    let end = close.map_or_else(|| items.fold(header, Span::to), |close| header.to(close));
    header.to(end)
}

fn block_item_span(item: &BlockItem) -> Span {
    match item {
        BlockItem::Session(session) => extent(
            session.span,
            session.body.close,
            session.items.iter().map(session_item_span),
        ),
        BlockItem::Level(directive) => directive.span,
    }
}

fn session_item_span(item: &SessionItem) -> Span {
    match item {
        SessionItem::Prescription(line) => line.span,
        SessionItem::Superset(superset) => extent(
            superset.span,
            superset.body.close,
            superset.members.iter().map(|m| m.span),
        ),
        SessionItem::Level(directive) => directive.span,
    }
}
