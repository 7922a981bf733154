//! `wodc stats`: the weekly figures per muscle, as a table or as JSON.

use std::fmt::Write;

use serde::Serialize;

use super::Number;
use crate::ast::decimal;
use crate::model::{Figures, Model};

/// One week's figures in JSON: the `stats.weeks[]` entries of `output.md`.
#[derive(Debug, Serialize)]
pub struct WeekStats<'m> {
    pub number: u32,
    pub block: &'m str,
    pub deload: bool,
    pub muscles: Muscles<'m>,
}

/// The trained muscles by name, in the order of the muscle list.
#[derive(Debug)]
pub struct Muscles<'m>(&'m Figures);

impl Serialize for Muscles<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        #[derive(Serialize)]
        struct Entry {
            hard_sets: u32,
            intensified_sets: u32,
            fatigue_units: Number,
        }
        let mut map = serializer.serialize_map(None)?;
        for (muscle, figures) in self.0.trained() {
            let entry = Entry {
                hard_sets: figures.hard_sets,
                intensified_sets: figures.intensified_sets,
                fatigue_units: Number(figures.fatigue_units),
            };
            map.serialize_entry(muscle.as_str(), &entry)?;
        }
        map.end()
    }
}

/// Every week's figures, for JSON.
pub fn weeks(model: &Model) -> Vec<WeekStats<'_>> {
    model
        .weeks
        .iter()
        .map(|week| {
            let block = &model.blocks[week.block];
            WeekStats {
                number: week.number,
                block: &block.name,
                deload: block.deload,
                muscles: Muscles(&week.figures),
            }
        })
        .collect()
}

/// `wodc stats --format json`.
pub fn json(model: &Model) -> String {
    #[derive(Serialize)]
    struct Document<'m> {
        version: u32,
        weeks: Vec<WeekStats<'m>>,
    }
    let document = Document {
        version: 1,
        weeks: weeks(model),
    };
    let mut out = serde_json::to_string_pretty(&document).expect("stats are plain data");
    out.push('\n');
    out
}

/// `wodc stats`: a table per block, weeks with the same figures grouped together.
pub fn table(model: &Model) -> String {
    let mut out = String::new();
    for (index, block) in model.blocks.iter().enumerate() {
        let weeks: Vec<_> = model.weeks.iter().filter(|w| w.block == index).collect();
        let kind = if block.deload { " (deload)" } else { "" };
        let _ = writeln!(out, "block \"{}\"{kind}", block.name);
        let mut start = 0;
        while start < weeks.len() {
            let end = start
                + weeks[start..]
                    .iter()
                    .take_while(|w| w.figures == weeks[start].figures)
                    .count();
            let (first, last) = (weeks[start].number, weeks[end - 1].number);
            let span = if first == last {
                format!("week {first}")
            } else {
                format!("weeks {first}-{last}, each")
            };
            let _ = writeln!(out, "  {span}");
            write_figures(&mut out, &weeks[start].figures);
            start = end;
        }
        out.push('\n');
    }
    // Blocks are separated by a blank line, not followed by one.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn write_figures(out: &mut String, figures: &Figures) {
    let rows: Vec<_> = figures.trained().collect();
    if rows.is_empty() {
        let _ = writeln!(out, "    no training");
        return;
    }
    let _ = writeln!(
        out,
        "    {:<12} {:>9} {:>13} {:>15}",
        "muscle", "hard sets", "intensified", "fatigue units"
    );
    for (muscle, f) in rows {
        let _ = writeln!(
            out,
            "    {:<12} {:>9} {:>13} {:>15}",
            muscle.as_str(),
            f.hard_sets,
            f.intensified_sets,
            decimal(f.fatigue_units)
        );
    }
}
