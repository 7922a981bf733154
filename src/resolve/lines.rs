//! Exercise lines: the exercise looked up, every value and clause checked.
//!
//! A line with any error of meaning is left out of the program (`None`), and every
//! error of the line is reported, not only the first.

use super::blocks::{BlockContext, Resolver};
use super::values::{self, MAX_REPS, MAX_SETS};
use super::{Backoff, Line, MiniSets, Technique, Weekly};
use crate::ast::{
    self, ClauseValue, Effort, Load, MassUnit, PerWeek, Progress, ProgressKind, Reps, Sign, Step,
};
use crate::catalog::EntryId;
use crate::diagnostic::Applicability;
use crate::meaning;
use crate::span::{Span, Spanned};

/// The default pause of rest-pause and myo-reps.
const DEFAULT_PAUSE_SECONDS: f64 = 15.0;

/// Where a line stands: its block, and how often a week its session is done.
#[derive(Clone, Copy)]
pub(super) struct LineContext<'b> {
    pub block: BlockContext<'b>,
    pub occurrences_per_week: u32,
    pub superset: Option<usize>,
}

impl LineContext<'_> {
    /// How many steps a progression of `period` takes in the block after its first.
    fn steps(&self, period: ast::Period) -> u64 {
        let per_block = match period {
            ast::Period::Week => u64::from(self.block.weeks),
            ast::Period::Session => {
                u64::from(self.block.weeks) * u64::from(self.occurrences_per_week)
            }
        };
        per_block.saturating_sub(1)
    }
}

/// The clauses of a line that passed their checks.
#[derive(Default)]
struct Clauses {
    rest: Option<ast::Duration>,
    tempo: Option<ast::Tempo>,
    progress: Vec<Progress>,
    note: Option<String>,
    warmup: Vec<ast::WarmupStep>,
    backoff: Option<Backoff>,
    technique: Option<Technique>,
    technique_span: Option<Span>,
}

impl Resolver<'_, '_> {
    /// Resolves one exercise line; `None` when it has an error of meaning.
    pub(super) fn line(&mut self, line: &ast::Prescription, at: LineContext<'_>) -> Option<Line> {
        let errors = self.diagnostics.len();
        let exercise = self.exercise(&line.exercise);
        let sets = match &line.sets {
            Some(sets) => self.weekly(sets, at.block, |file, v| values::sets(file, *v)),
            None => Some(Weekly::one(1)),
        };
        let reps = self.weekly(&line.reps, at.block, values::reps);
        let (load, load_of) = match &line.load {
            Some(loads) => {
                let load = self.weekly(&loads.values, at.block, |file, load| {
                    values::load(file, load)?;
                    match load.value {
                        Load::BelowTop(_) => Err(Box::new(
                            meaning::invalid_value::below_top_outside_backoff(file, load.span),
                        )),
                        _ => Ok(()),
                    }
                });
                (load, self.load_of(loads))
            }
            None => (None, Ok(None)),
        };
        let effort = match &line.effort {
            Some(effort) => self.weekly(effort, at.block, values::effort),
            None => None,
        };
        let clauses = self.clauses(line, at, exercise);
        let exercise = exercise?;
        let load_of = match load_of {
            Ok(of) => of,
            Err(()) => return None,
        };
        let (sets, reps) = (sets?, reps?);
        (self.diagnostics.len() == errors).then(|| Line {
            location: self.location(line.span),
            exercise,
            sets,
            reps,
            each: line.each.is_some(),
            continuous: line.sets.is_none(),
            load,
            load_of,
            effort,
            rest: clauses.rest,
            tempo: clauses.tempo,
            progress: clauses.progress,
            note: clauses.note,
            warmup: clauses.warmup,
            backoff: clauses.backoff,
            technique: clauses.technique,
            technique_span: clauses.technique_span,
            superset: at.superset,
        })
    }

    /// A value or a week list: each value checked, and a list as long as the block.
    fn weekly<T: Copy>(
        &mut self,
        written: &PerWeek<T>,
        block: BlockContext<'_>,
        check: impl Fn(crate::span::FileId, &Spanned<T>) -> values::Checked,
    ) -> Option<Weekly<T>> {
        let mut ok = true;
        for value in &written.values {
            ok &= self.check(check(self.file, value));
        }
        if written.is_list() && written.values.len() != block.weeks as usize {
            self.report(meaning::invalid_value::week_list_length(
                self.file,
                written.span,
                written.values.len(),
                block.name,
                block.weeks,
            ));
            ok = false;
        }
        ok.then(|| Weekly::per_week(written.values.iter().map(|v| v.value).collect()))
    }

    /// The exercise named after `of`, when there is one: `Err` when it is unknown or
    /// the loads have no percentage for it to apply to (both reported).
    fn load_of(&mut self, loads: &ast::Loads) -> Result<Option<EntryId>, ()> {
        let Some(name) = &loads.of else {
            return Ok(None);
        };
        let entry = self.exercise(name).ok_or(())?;
        let has_percent = loads
            .values
            .values
            .iter()
            .any(|l| matches!(l.value, Load::Percent(_)));
        if !has_percent {
            self.report(meaning::invalid_value::of_without_percent(
                self.file,
                name.span,
                &self.names.catalog.entry(entry).name,
            ));
            return Err(());
        }
        Ok(Some(entry))
    }

    /// A line's clauses: each at most once, a `progress` at most once per kind, and
    /// one technique, not on a conditioning line and not beside `backoff`.
    fn clauses(
        &mut self,
        line: &ast::Prescription,
        at: LineContext<'_>,
        exercise: Option<EntryId>,
    ) -> Clauses {
        let mut clauses = Clauses::default();
        let mut seen: Vec<(&str, Span, &ClauseValue)> = Vec::new();
        let mut progressions: Vec<(ProgressKind, Span)> = Vec::new();
        let mut technique_at: Option<(Span, &str)> = None;
        let mut backoff_at: Option<Span> = None;
        let conditioning = exercise.is_some_and(|e| self.names.catalog.entry(e).is_conditioning());
        for (index, clause) in line.clauses.iter().enumerate() {
            let keyword = clause.value.keyword();
            match &clause.value {
                ClauseValue::Technique(_) => {
                    if let Some((first, written)) = technique_at {
                        self.report(meaning::duplicate_definition::second_technique(
                            self.file,
                            clause.span,
                            self.location(first),
                            written,
                        ));
                        continue;
                    }
                    technique_at = Some((clause.span, keyword));
                }
                ClauseValue::Progress(progress) => {
                    let kind = progress.value.step.kind();
                    if let Some(&(_, first)) = progressions.iter().find(|(k, _)| *k == kind) {
                        self.report(meaning::duplicate_definition::diagnostic(
                            self.file,
                            clause.span,
                            &format!("a `progress` of the {}", kind.noun()),
                            self.location(first),
                            "a line progresses each of its load, sets, reps and effort at most once",
                        ));
                        continue;
                    }
                    progressions.push((kind, clause.span));
                }
                _ => {
                    if let Some(&(_, first, first_value)) =
                        seen.iter().find(|(k, _, _)| *k == keyword)
                    {
                        // Written twice the same way, the second is plainly a slip.
                        let same = same_clause(first_value, &clause.value);
                        self.report(
                            meaning::duplicate_definition::diagnostic(
                                self.file,
                                clause.span,
                                &format!("the `{keyword}` clause"),
                                self.location(first),
                                "give each clause once per line",
                            )
                            .with_edit(
                                format!("Remove the second `{keyword}`"),
                                Span::new(before(line, index), clause.span.end),
                                "",
                                if same {
                                    Applicability::Safe
                                } else {
                                    Applicability::Unsafe
                                },
                            ),
                        );
                        continue;
                    }
                    seen.push((keyword, clause.span, &clause.value));
                }
            }
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
                    if self.progress(progress, line, at) {
                        clauses.progress.push(progress.value);
                    }
                }
                ClauseValue::Note(note) => clauses.note = Some(note.value.clone()),
                ClauseValue::Warmup(steps) => {
                    if self.warmup(steps) {
                        clauses.warmup = steps.iter().map(|s| s.value).collect();
                    }
                }
                ClauseValue::Backoff(backoff) => {
                    backoff_at = Some(clause.span);
                    clauses.backoff = self.backoff(backoff);
                }
                ClauseValue::Technique(technique) => {
                    if conditioning {
                        self.report(meaning::invalid_value::technique_on_conditioning(
                            self.file,
                            clause.span,
                        ));
                        continue;
                    }
                    clauses.technique = self.technique(technique, line, exercise);
                    clauses.technique_span = Some(clause.span);
                }
            }
        }
        if let (Some((technique, _)), Some(backoff)) = (technique_at, backoff_at) {
            let (first, second) = if technique < backoff {
                (technique, backoff)
            } else {
                (backoff, technique)
            };
            self.report(meaning::invalid_value::backoff_with_technique(
                self.file,
                second,
                self.location(first),
            ));
        }
        clauses
    }

    fn exercise(&mut self, name: &Spanned<String>) -> Option<EntryId> {
        self.names.lookup(self.file, name, self.diagnostics)
    }

    /// Whether a `progress` makes sense on its line (reporting why not).
    fn progress(
        &mut self,
        progress: &Spanned<Progress>,
        line: &ast::Prescription,
        at: LineContext<'_>,
    ) -> bool {
        use meaning::invalid_value::diagnostic as invalid;
        let Progress { sign, step, period } = progress.value;
        let file = self.file;
        let span = progress.span;
        let kind = step.kind();
        let listed = match kind {
            ProgressKind::Load => line.load.as_ref().is_some_and(|l| l.values.is_list()),
            ProgressKind::Sets => line.sets.as_ref().is_some_and(PerWeek::is_list),
            ProgressKind::Reps => line.reps.is_list(),
            ProgressKind::Effort => line.effort.as_ref().is_some_and(PerWeek::is_list),
        };
        if listed {
            let noun = kind.noun();
            self.report(invalid(
                file,
                span,
                format!("the {noun} is given week by week, so it cannot also progress"),
                format!("keep the week list and remove this `progress`, or write one {noun} and let it progress"),
            ));
            return false;
        }
        let wrong_way = match step {
            Step::Rir(_) => sign == Sign::Plus,
            _ => sign == Sign::Minus,
        };
        if wrong_way {
            let (what, help) = match step {
                Step::Rir(n) => (
                    "more reps in reserve each time",
                    format!(
                        "effort rises as RIR falls: `progress -{} RIR/{}`",
                        ast::decimal(n),
                        period.as_str()
                    ),
                ),
                Step::Rpe(n) => (
                    "a lower RPE each time",
                    format!(
                        "effort rises with RPE: `progress +{} RPE/{}`",
                        ast::decimal(n),
                        period.as_str()
                    ),
                ),
                _ => (
                    "less each time",
                    "a progression adds; for a lighter week, use a deload block".to_owned(),
                ),
            };
            self.report(invalid(
                file,
                span,
                format!("this progression gives {what}"),
                help,
            ));
            return false;
        }
        let steps = at.steps(period);
        let problem = match step {
            Step::Mass(mass) => {
                if let Err(error) = values::mass(file, Spanned::new(mass, span), "a step", values::MASS_STEP_KG) {
                    self.report(*error);
                    return false;
                }
                let exercise = self.names.catalog.lookup(&line.exercise.value);
                let max_of = line
                    .load
                    .as_ref()
                    .and_then(|l| l.of.as_ref())
                    .map_or(exercise, |of| self.names.catalog.lookup(&of.value));
                let has_max = max_of.and_then(|e| self.settings.max_of(e)).is_some();
                match line.load.as_ref().map(|l| l.values.values[0].value) {
                    None => Some(("a load progression needs a load on the line".to_owned(), "give the line a load such as `@ 80kg` or `@ 75%`".to_owned())),
                    Some(Load::Percent(_)) if !has_max => Some((
                        "a step of mass cannot be added to a percentage of a max the program does not give".to_owned(),
                        "give the exercise's `max` in the header, or progress by points of the max: `+2.5%/week`".to_owned(),
                    )),
                    _ => None,
                }
            }
            Step::Percent(p) if !(p > 0.0 && p <= 100.0) => Some((
                format!("a step of {}% is out of range", ast::decimal(p)),
                "a percentage step is more than 0% and at most 100%".to_owned(),
            )),
            Step::Percent(_) => match line.load.as_ref().map(|l| l.values.values[0].value) {
                None | Some(Load::Bodyweight { .. }) => Some((
                    "a percentage progression needs a load of mass or a percentage".to_owned(),
                    "give the line a load such as `@ 80kg` or `@ 75%`, or progress by mass: `+2.5kg/week`".to_owned(),
                )),
                _ => None,
            },
            Step::Sets(0) | Step::Reps(0) => Some((
                "a step of 0 adds nothing".to_owned(),
                "write a step such as `+1 set/week` or `+1 rep/week`, or remove the clause".to_owned(),
            )),
            Step::Sets(step) => {
                let most = line.sets.as_ref().map_or(1, |s| s.values[0].value);
                let last = u64::from(most) + u64::from(step) * steps;
                (last > u64::from(MAX_SETS)).then(|| {
                    (
                        format!("this reaches {last} sets by the block's end"),
                        format!("a line has at most {MAX_SETS} sets"),
                    )
                })
            }
            Step::Reps(step) => match line.reps.values[0].value {
                Reps::Exact(high) | Reps::Range(_, high) => {
                    let last = u64::from(high) + u64::from(step) * steps;
                    (last > u64::from(MAX_REPS)).then(|| {
                        (
                            format!("this reaches {last} reps by the block's end"),
                            format!("a set has at most {MAX_REPS} reps"),
                        )
                    })
                }
                reps => Some((
                    format!("reps cannot be added to {}", match reps {
                        Reps::Amrap => "AMRAP",
                        Reps::Hold(_) => "a hold",
                        _ => "a distance",
                    }),
                    "progress the load instead, or count the reps".to_owned(),
                )),
            },
            Step::Rir(n) | Step::Rpe(n) if !(n > 0.0 && n <= 10.0 && (n * 2.0).fract() == 0.0) => {
                Some((
                    format!("an effort step of {} is out of range", ast::decimal(n)),
                    "an effort step is 0.5 to 10, in steps of 0.5".to_owned(),
                ))
            }
            Step::Rir(_) | Step::Rpe(_) => {
                let rir = matches!(step, Step::Rir(_));
                let scale = if rir { "RIR" } else { "RPE" };
                let matching = line.effort.as_ref().is_some_and(|e| {
                    e.values.iter().all(|v| match v.value {
                        Effort::Rir(_) => rir,
                        Effort::Rpe(_) => !rir,
                        Effort::Failure => false,
                    })
                });
                (!matching).then(|| {
                    (
                        format!("an {scale} progression needs an {scale} effort on the line"),
                        format!("give the line an effort such as `{scale} {}`", if rir { 3 } else { 7 }),
                    )
                })
            }
        };
        match problem {
            Some((message, help)) => {
                self.report(invalid(file, span, message, help));
                false
            }
            None => true,
        }
    }

    fn warmup(&mut self, steps: &[Spanned<ast::WarmupStep>]) -> bool {
        let file = self.file;
        let count = count(steps);
        let mut ok = self.check(values::steps(file, count, "warm-up sets"));
        for step in steps {
            ok &= self.check(values::reps(
                file,
                &Spanned::new(step.value.reps, step.span),
            ));
            if let Some(load) = step.value.load {
                ok &= self.check(values::load(file, &Spanned::new(load, step.span)));
            }
        }
        ok
    }

    fn backoff(&mut self, backoff: &ast::Backoff) -> Option<Backoff> {
        let file = self.file;
        let mut ok = self.check(values::sets(file, backoff.sets));
        ok &= self.check(values::reps(file, &backoff.reps));
        if let Some(load) = &backoff.load {
            ok &= match load.value {
                Load::BelowTop(p) if !(p > 0.0 && p < 100.0) => {
                    self.report(meaning::invalid_value::diagnostic(
                        file,
                        load.span,
                        format!("{}% below the top set is out of range", ast::decimal(p)),
                        "a back-off set is more than 0% and less than 100% lighter than the top set, such as `-10%`",
                    ));
                    false
                }
                _ => self.check(values::load(file, load)),
            };
        }
        let mut effort = None;
        if let Some(efforts) = &backoff.effort {
            if efforts.is_list() {
                self.report(meaning::invalid_value::diagnostic(
                    file,
                    efforts.span,
                    "a back-off set takes one effort",
                    "write one effort, such as `RPE 8`; give the line's own effort week by week if it changes",
                ));
                ok = false;
            } else {
                let one = &efforts.values[0];
                ok &= self.check(values::effort(file, one));
                effort = Some(one.value);
            }
        }
        ok.then(|| Backoff {
            sets: backoff.sets.value,
            reps: backoff.reps.value,
            load: backoff.load.map(|l| l.value),
            effort,
        })
    }

    fn technique(
        &mut self,
        technique: &ast::Technique,
        line: &ast::Prescription,
        exercise: Option<EntryId>,
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
                    && self.drops_descend(line, exercise, loads);
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

    /// `drop to` loads must each be lighter than the load before, the first lighter than
    /// the line's load in every week. Masses and percentages compare where a `max` makes
    /// the percentages masses; elsewhere they cannot be mixed.
    fn drops_descend(
        &mut self,
        line: &ast::Prescription,
        exercise: Option<EntryId>,
        drops: &[Spanned<Load>],
    ) -> bool {
        let max = exercise.and_then(|e| {
            let of = match line.load.as_ref().and_then(|l| l.of.as_ref()) {
                Some(name) => self.names.catalog.lookup(&name.value)?,
                None => e,
            };
            self.settings.max_of(of).map(|max| (of, max))
        });
        let units = self.settings.units;
        let comparable = |load: &Load| match load {
            Load::Mass(mass) => Some((true, mass.value_in(MassUnit::Kg))),
            Load::Percent(p) => match max {
                Some((_, max)) => Some((true, max * p / 100.0 * units.factor_to(MassUnit::Kg))),
                None => Some((false, *p)),
            },
            Load::Bodyweight { .. } | Load::BelowTop(_) => None,
        };
        let tops: Vec<(bool, f64)> = line
            .load
            .iter()
            .flat_map(|l| &l.values.values)
            .filter_map(|l| comparable(&l.value))
            .collect();
        let mut before: Vec<(bool, f64)> = tops;
        for drop in drops {
            let Some(current) = comparable(&drop.value) else {
                self.report(meaning::invalid_value::diagnostic(
                    self.file,
                    drop.span,
                    "a drop cannot be to bodyweight",
                    "write the drop's load as a mass such as `20kg`",
                ));
                return false;
            };
            if before.iter().any(|b| b.0 != current.0) {
                let exercise = exercise.map(|e| self.names.catalog.entry(e).name.clone());
                self.report(meaning::invalid_value::drop_mixes_kinds(
                    self.file,
                    drop.span,
                    exercise.as_deref(),
                ));
                return false;
            }
            if before.iter().any(|b| current.1 >= b.1) {
                self.report(meaning::invalid_value::diagnostic(
                    self.file,
                    drop.span,
                    "this drop is not lighter than the load before it",
                    "each `drop to` load must be lighter than the one before",
                ));
                return false;
            }
            before = vec![current];
        }
        true
    }
}

/// Where the text before clause `index` of a line ends: the clause before it, or the
/// line's sets, reps and intensity. Removing from there to the clause's end removes the
/// clause with its comma.
fn before(line: &ast::Prescription, index: usize) -> usize {
    match index.checked_sub(1) {
        Some(previous) => line.clauses[previous].span.end,
        None => [
            Some(line.reps.span.end),
            line.each.map(|e| e.end),
            line.load.as_ref().map(|l| l.span.end),
            line.effort.as_ref().map(|e| e.span.end),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(line.exercise.span.end),
    }
}

/// Whether two clauses say the same, wherever they are written.
fn same_clause(a: &ClauseValue, b: &ClauseValue) -> bool {
    match (a, b) {
        (ClauseValue::Rest(a), ClauseValue::Rest(b)) => a.value == b.value,
        (ClauseValue::Tempo(a), ClauseValue::Tempo(b)) => a.value == b.value,
        (ClauseValue::Note(a), ClauseValue::Note(b)) => a.value == b.value,
        (ClauseValue::Warmup(a), ClauseValue::Warmup(b)) => {
            a.iter().map(|s| s.value).eq(b.iter().map(|s| s.value))
        }
        (ClauseValue::Backoff(a), ClauseValue::Backoff(b)) => {
            a.sets.value == b.sets.value
                && a.reps.value == b.reps.value
                && a.load.map(|l| l.value) == b.load.map(|l| l.value)
                && a.effort
                    .as_ref()
                    .map(|e| e.values.iter().map(|v| v.value).collect::<Vec<_>>())
                    == b.effort
                        .as_ref()
                        .map(|e| e.values.iter().map(|v| v.value).collect())
        }
        _ => false,
    }
}

/// How many items a list has, as a spanned count over the whole list.
fn count<T>(items: &[Spanned<T>]) -> Spanned<u32> {
    let span = items
        .first()
        .zip(items.last())
        .map_or(Span::default(), |(a, b)| a.span.to(b.span));
    Spanned::new(u32::try_from(items.len()).unwrap_or(u32::MAX), span)
}
