use std::collections::{BTreeMap, BTreeSet};

use super::{Report, number};
use crate::vocabulary::Muscle;
use crate::declare_rule;
use crate::diagnostic::list_words;
use crate::model::{Block, Line, Model};
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// A block that brings in a technique the block before it did not use (the most
    /// recent block that is not a deload), where a muscle's weekly fatigue units in the
    /// block's first week grow by more than 20% over that block's last week. The first
    /// intensified line hitting the muscle in the new block is reported.
    ///
    /// Fatigue units: a straight set is 1, a drop set 1 + its drops, a rest-pause or
    /// myo-reps set 1 + half its mini-sets, a mechanical drop set 1 + its steps. Back-off
    /// sets are straight sets; warm-up sets and conditioning count for nothing.
    ///
    /// ## Why
    /// A technique added on top of an unchanged program is a jump in volume, and whatever
    /// follows (progress or fatigue) gets blamed on the technique. The rest-pause article
    /// advises starting by replacing some straight-set accessory work rather than adding
    /// the technique on top (`002_58af7380838583ec.txt`, "How to use this guide").
    ///
    /// ## Example
    /// ```wod
    /// program "Adding on top"
    /// athlete intermediate
    ///
    /// block "Straight" weeks 1-3 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///     Leg Extension: 3 x 12 @ 50kg
    ///   }
    /// }
    ///
    /// block "Intense" weeks 4-6 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///     Leg Extension: 3 x 12 @ 50kg
    ///     Leg Extension: 1 x 10 @ 50kg, drop 25% 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Let the technique replace straight sets: here one drop set with two drops (3
    /// fatigue units) stands in for two straight sets of leg extension, so quads go from
    /// 6 to 7 units (+17%).
    /// ```wod
    /// program "Adding on top"
    /// athlete intermediate
    ///
    /// block "Straight" weeks 1-3 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///     Leg Extension: 3 x 12 @ 50kg
    ///   }
    /// }
    ///
    /// block "Intense" weeks 4-6 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///     Leg Extension: 1 x 12 @ 50kg
    ///     Leg Extension: 1 x 10 @ 50kg, drop 25% 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "volume-jump",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

/// The growth in weekly fatigue units a new technique may bring, as a fraction.
const LARGEST_GROWTH: f64 = 0.20;

pub fn check(model: &Model, report: &mut Report) {
    let mut latest: Option<usize> = None;
    for (index, block) in model.training_blocks() {
        let Some(before) = latest.replace(index) else {
            continue;
        };
        let previous = &model.blocks[before];
        let new_kinds: BTreeSet<&str> = kinds(block).difference(&kinds(previous)).copied().collect();
        if new_kinds.is_empty() {
            continue;
        }
        let Some(last) = model.weeks.iter().rev().find(|w| w.block == before) else {
            continue;
        };
        let Some(first) = model.weeks.iter().find(|w| w.block == index) else {
            continue;
        };
        // One diagnostic per anchor; each muscle keeps its own numbers.
        let mut findings: BTreeMap<Location, Jump<'_>> = BTreeMap::new();
        for muscle in Muscle::ALL {
            let was = last.figures.get(muscle).fatigue_units;
            let is = first.figures.get(muscle).fatigue_units;
            if is <= was * (1.0 + LARGEST_GROWTH) + 1e-9 {
                continue;
            }
            let Some(line) = first_intensified(block, muscle) else {
                continue;
            };
            // The new kinds that come in on this muscle: those its lines use.
            let brought = block
                .week(0)
                .flat_map(|(_, session, _)| &session.lines)
                .filter(|l| l.hits(muscle))
                .filter_map(|l| l.technique.as_ref().map(|t| t.kind()))
                .filter(|kind| new_kinds.contains(kind));
            let jump = findings.entry(line.location).or_insert_with(|| Jump {
                line,
                muscles: Vec::new(),
                kinds: BTreeSet::new(),
            });
            jump.muscles.push((muscle, was, is));
            jump.kinds.extend(brought);
        }
        for (anchor, jump) in findings {
            let Some(finding) = report.in_block(&META, block, anchor) else {
                continue;
            };
            // The muscle may have grown beside the new technique rather than under it:
            // then the block's new techniques are what came in.
            let brought = if jump.kinds.is_empty() {
                &new_kinds
            } else {
                &jump.kinds
            };
            let kinds: Vec<&str> = brought.iter().map(|&k| kind_words(k)).collect();
            let kinds = list_words(&kinds, "and");
            let exercise = &model.entry(jump.line).name;
            let growths: Vec<String> = jump
                .muscles
                .iter()
                .map(|&(muscle, was, is)| {
                    if was > 0.0 {
                        format!(
                            "{muscle} from {} to {} (+{}%)",
                            number(was),
                            number(is),
                            number((is - was) / was * 100.0)
                        )
                    } else {
                        format!("{muscle} from none to {}", number(is))
                    }
                })
                .collect();
            let message = format!(
                "weekly fatigue units grow more than 20% as block \"{}\" brings in {kinds}: {}",
                block.name,
                list_words(&growths, "and")
            );
            let caps: Vec<String> = jump
                .muscles
                .iter()
                .filter(|&&(_, was, _)| was > 0.0)
                .map(|&(muscle, was, _)| format!("{muscle} {}", number(was * (1.0 + LARGEST_GROWTH))))
                .collect();
            let help = if caps.is_empty() {
                format!(
                    "these muscles had no work in block \"{}\": train them with straight sets first, and bring in the technique on {exercise} in a later block",
                    previous.name
                )
            } else {
                format!(
                    "let {exercise} replace straight sets instead of adding to them, keeping the weekly fatigue units at most {}",
                    list_words(&caps, "and")
                )
            };
            finding.emit(
                message,
                "technique added on top",
                help,
                [(previous.header, "the block before, for comparison".to_owned())],
            );
        }
    }
}

/// The technique kinds a block uses: drop, mechanical-drop, rest-pause, myo-reps.
fn kinds(block: &Block) -> BTreeSet<&'static str> {
    block
        .sessions
        .iter()
        .flat_map(|s| &s.lines)
        .filter_map(|line| line.technique.as_ref().map(|t| t.kind()))
        .collect()
}

/// Muscles whose weekly fatigue jumps, reported at one line.
struct Jump<'m> {
    line: &'m Line,
    /// Each muscle with its fatigue units before and after.
    muscles: Vec<(Muscle, f64, f64)>,
    /// The new technique kinds used on these muscles.
    kinds: BTreeSet<&'static str>,
}

/// A technique kind in a sentence.
fn kind_words(kind: &str) -> &str {
    match kind {
        "drop" => "drop sets",
        "mechanical-drop" => "mechanical drop sets",
        other => other,
    }
}

/// The first intensified line of the block's week that hits `muscle`.
fn first_intensified(block: &Block, muscle: Muscle) -> Option<&Line> {
    block
        .week(0)
        .flat_map(|(_, session, _)| &session.lines)
        .find(|line| line.is_intensified() && line.hits(muscle))
}
