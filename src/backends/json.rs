//! `--to json`: the contract for apps and scripts (`output.md`), with its JSON Schema in
//! `schema/wod.schema.json`.

use serde::Serialize;

use super::stats::{self, WeekStats};
use super::{Input, Number};
use crate::ast::{Effort, NumberOrRange, Reps};
use crate::plan::{self, ComputedLoad};
use crate::render::json::Entry;
use crate::resolve::Technique;

/// The version of this document's shape; bumped only for changes that break readers.
const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    program: Program<'a>,
    weeks: Weeks<'a>,
    stats: Stats<'a>,
    diagnostics: Vec<Entry<'a>>,
}

/// The weeks, each made into its JSON shape only as it is written: a long program is
/// streamed, not built whole in memory.
struct Weeks<'a>(&'a Input<'a>);

impl Serialize for Weeks<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let input = self.0;
        serializer.collect_seq(input.plan.weeks.iter().map(|w| week(input, w)))
    }
}

#[derive(Serialize)]
struct Program<'a> {
    name: Option<&'a str>,
    athlete: Option<&'static str>,
    goal: &'static str,
    phase: &'static str,
    units: &'static str,
    round: Number,
    start: Option<String>,
    timezone: Option<&'a str>,
}

#[derive(Serialize)]
struct Week<'a> {
    number: u32,
    block: &'a str,
    deload: bool,
    sessions: Vec<Session<'a>>,
}

#[derive(Serialize)]
struct Session<'a> {
    name: &'a str,
    day: Option<&'static str>,
    date: Option<String>,
    time: Option<String>,
    duration_min: u32,
    duration_estimated: bool,
    notes: &'a [String],
    exercises: Vec<Exercise<'a>>,
}

#[derive(Serialize)]
struct Exercise<'a> {
    name: &'a str,
    source: Source<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    superset: Option<&'a str>,
    technique: Option<TechniqueJson<'a>>,
    tempo: Option<String>,
    note: Option<&'a str>,
    sets: Vec<Set<'a>>,
}

#[derive(Serialize)]
struct Source<'a> {
    file: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct TechniqueJson<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cuts_percent: Option<Vec<Number>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    steps: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mini_sets: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reps: Option<RepsJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pause_s: Option<Number>,
}

#[derive(Serialize)]
struct Set<'a> {
    kind: &'static str,
    reps: RepsJson,
    load: Option<LoadJson<'a>>,
    effort: Option<EffortJson>,
    rest_s: Option<Number>,
    drops: Vec<Option<LoadJson<'a>>>,
    mini_sets: Vec<MiniSet>,
    steps: &'a [&'a str],
}

#[derive(Serialize)]
struct MiniSet {
    reps: RepsJson,
    pause_s: Number,
}

/// A rep target, with `"each": true` for per-side work.
#[derive(Serialize)]
struct RepsJson {
    #[serde(flatten)]
    target: TargetJson,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    each: bool,
}

#[derive(Serialize)]
#[serde(untagged)]
enum TargetJson {
    Range { min: u32, max: u32 },
    Amrap { amrap: bool },
    Hold { seconds: Number },
    Distance { distance: MassJson },
}

#[derive(Serialize)]
#[serde(untagged)]
enum LoadJson<'a> {
    Mass(MassJson),
    Percent {
        percent_1rm: Number,
        #[serde(skip_serializing_if = "Option::is_none")]
        of: Option<&'a str>,
    },
    Bodyweight {
        bodyweight: bool,
        plus: Option<MassJson>,
    },
    BelowTop {
        below_top_percent: Number,
    },
    ShareOfWork {
        percent_of_work: Number,
    },
}

#[derive(Serialize)]
struct MassJson {
    value: Number,
    unit: &'static str,
}

#[derive(Serialize)]
#[serde(untagged)]
enum EffortJson {
    Rpe { rpe: NumberOrPair },
    Rir { rir: NumberOrPair },
    Failure { rir: Number, failure: bool },
}

#[derive(Serialize)]
#[serde(untagged)]
enum NumberOrPair {
    One(Number),
    Pair([Number; 2]),
}

#[derive(Serialize)]
struct Stats<'a> {
    weeks: Vec<WeekStats<'a>>,
}

pub fn render(input: &Input<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let plan = input.plan;
    let settings = &plan.model.settings;
    let document = Document {
        format_version: FORMAT_VERSION,
        program: Program {
            name: settings.name.as_deref(),
            athlete: settings.athlete.map(|a| a.as_str()),
            goal: settings.goal.as_str(),
            phase: settings.phase.as_str(),
            units: settings.units.as_str(),
            round: Number(settings.round),
            start: settings.start.map(|d| d.to_string()),
            timezone: settings.timezone.as_deref(),
        },
        weeks: Weeks(input),
        stats: Stats {
            weeks: stats::weeks(plan.model),
        },
        diagnostics: input
            .diagnostics
            .iter()
            .map(|d| Entry::new(input.sources, d))
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    out.write_all(b"\n")
}

fn week<'a>(input: &'a Input<'a>, week: &'a plan::Week<'a>) -> Week<'a> {
    Week {
        number: week.number,
        block: week.block_name,
        deload: week.deload,
        sessions: week
            .sessions
            .iter()
            .map(|session| Session {
                name: session.name,
                day: session.day.map(|d| d.as_str()),
                date: session.date.map(|d| d.to_string()),
                time: session
                    .time
                    .map(|t| format!("{:02}:{:02}", t.hour, t.minute)),
                duration_min: session.duration_min,
                duration_estimated: session.duration_estimated,
                notes: session.notes,
                exercises: session
                    .exercises
                    .iter()
                    .map(|e| exercise(input, e))
                    .collect(),
            })
            .collect(),
    }
}

fn exercise<'a>(input: &Input<'a>, exercise: &'a plan::Exercise<'a>) -> Exercise<'a> {
    let source = exercise.source;
    Exercise {
        name: exercise.name,
        source: Source {
            file: input.sources.name(source.file),
            line: input
                .sources
                .line_column(source.file, source.span.start)
                .line,
        },
        superset: exercise.superset.as_deref(),
        technique: exercise.technique.map(technique),
        tempo: exercise.tempo.map(|t| t.to_string()),
        note: exercise.note,
        sets: exercise
            .sets
            .iter()
            .map(|set| Set {
                kind: set.kind.as_str(),
                reps: RepsJson {
                    target: target(set.reps),
                    each: exercise.each,
                },
                load: set.load.map(|l| load(l, exercise.max_of)),
                effort: set.effort.map(effort),
                rest_s: set.rest_s.map(Number),
                drops: set
                    .drops
                    .iter()
                    .map(|d| d.map(|l| load(l, exercise.max_of)))
                    .collect(),
                mini_sets: set
                    .mini_sets
                    .iter()
                    .map(|m| MiniSet {
                        reps: reps(m.reps),
                        pause_s: Number(m.pause_s),
                    })
                    .collect(),
                steps: &set.steps,
            })
            .collect(),
    }
}

fn technique(technique: &Technique) -> TechniqueJson<'_> {
    let mut json = TechniqueJson {
        kind: technique.kind(),
        cuts_percent: None,
        steps: None,
        mini_sets: None,
        reps: None,
        pause_s: None,
    };
    match technique {
        Technique::Drop(cuts) => {
            json.cuts_percent = Some(cuts.iter().copied().map(Number).collect())
        }
        Technique::DropTo(_) | Technique::MechanicalDrop(_) => {}
        Technique::RestPause(mini) | Technique::MyoReps(mini) => {
            json.mini_sets = Some(mini.count);
            json.reps = Some(reps(mini.reps));
            json.pause_s = Some(Number(mini.pause.seconds));
        }
    }
    json
}

fn reps(reps: Reps) -> RepsJson {
    RepsJson {
        target: target(reps),
        each: false,
    }
}

fn target(reps: Reps) -> TargetJson {
    match reps {
        Reps::Exact(n) => TargetJson::Range { min: n, max: n },
        Reps::Range(min, max) => TargetJson::Range { min, max },
        Reps::Amrap => TargetJson::Amrap { amrap: true },
        Reps::Hold(duration) => TargetJson::Hold {
            seconds: Number(duration.seconds),
        },
        Reps::Distance(distance) => TargetJson::Distance {
            distance: MassJson {
                value: Number(distance.value),
                unit: distance.unit.as_str(),
            },
        },
    }
}

fn load(load: ComputedLoad, max_of: Option<&str>) -> LoadJson<'_> {
    match load {
        ComputedLoad::Mass(mass) => LoadJson::Mass(MassJson {
            value: Number(mass.value),
            unit: mass.unit.as_str(),
        }),
        ComputedLoad::Percent { percent, of } => LoadJson::Percent {
            percent_1rm: Number(percent),
            of: of.and(max_of),
        },
        ComputedLoad::Bodyweight { plus } => LoadJson::Bodyweight {
            bodyweight: true,
            plus: plus.map(|mass| MassJson {
                value: Number(mass.value),
                unit: mass.unit.as_str(),
            }),
        },
        ComputedLoad::BelowTop(percent) => LoadJson::BelowTop {
            below_top_percent: Number(percent),
        },
        ComputedLoad::ShareOfWork(percent) => LoadJson::ShareOfWork {
            percent_of_work: Number(percent),
        },
    }
}

fn effort(effort: Effort) -> EffortJson {
    let value = |v: NumberOrRange| match v {
        NumberOrRange::Number(n) => NumberOrPair::One(Number(n)),
        NumberOrRange::Range(low, high) => NumberOrPair::Pair([Number(low), Number(high)]),
    };
    match effort {
        Effort::Rpe(v) => EffortJson::Rpe { rpe: value(v) },
        Effort::Rir(v) => EffortJson::Rir { rir: value(v) },
        Effort::Failure => EffortJson::Failure {
            rir: Number(0.0),
            failure: true,
        },
    }
}
