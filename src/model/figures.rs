//! Weekly figures per muscle: hard sets, intensified sets, fatigue units.

use super::{Block, Week};
use crate::vocabulary::Muscle;

/// One muscle's work in one week.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MuscleFigures {
    /// Every work and back-off set of a line that hits the muscle (warm-ups and
    /// conditioning count none).
    pub hard_sets: u32,
    /// The work sets of those lines that have a technique.
    pub intensified_sets: u32,
    /// The sets weighted by how much fatigue each brings (see [`super::Line::fatigue_per_set`]).
    pub fatigue_units: f64,
}

/// Every muscle's work in one week.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures([MuscleFigures; Muscle::ALL.len()]);

impl Figures {
    pub fn get(&self, muscle: Muscle) -> &MuscleFigures {
        &self.0[muscle as usize]
    }

    /// The muscles trained this week, in the order of [`Muscle::ALL`].
    pub fn trained(&self) -> impl Iterator<Item = (Muscle, &MuscleFigures)> {
        Muscle::ALL
            .into_iter()
            .map(|m| (m, self.get(m)))
            .filter(|(_, f)| f.hard_sets > 0)
    }

    /// The figures of week `week` (0 is the first) of a block.
    fn of(block: &Block, week: u32) -> Self {
        let mut figures = Self::default();
        for (_, session, at) in block.week(week) {
            for line in session.lines.iter().filter(|l| !l.conditioning) {
                let sets = line.sets_at(at);
                let backoff = line.backoff().map_or(0, |b| b.sets);
                let intensified = if line.is_intensified() { sets } else { 0 };
                let fatigue = f64::from(sets) * line.fatigue_per_set() + f64::from(backoff);
                for muscle in line.muscles.iter() {
                    let entry = &mut figures.0[muscle as usize];
                    entry.hard_sets += sets + backoff;
                    entry.intensified_sets += intensified;
                    entry.fatigue_units += fatigue;
                }
            }
        }
        figures
    }
}

/// Every week of the program with its figures, worked out once per distinct week.
pub(super) fn weeks(blocks: &[Block]) -> Vec<Week> {
    let mut weeks = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let distinct: Vec<Figures> = block
            .distinct_weeks()
            .map(|w| Figures::of(block, w))
            .collect();
        for (week, number) in block.weeks.clone().enumerate() {
            let week = week as u32;
            weeks.push(Week {
                number,
                block: index,
                index: week,
                figures: distinct[(week as usize).min(distinct.len() - 1)].clone(),
            });
        }
    }
    weeks
}
