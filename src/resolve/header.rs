//! Header statements: the program's settings, each given at most once.

use super::names::Names;
use super::{Settings, values};
use crate::ast::{self, HeaderValue, Item, MassUnit};
use crate::catalog::EntryId;
use crate::diagnostic::Diagnostic;
use crate::meaning::{duplicate_definition, syntax};
use crate::span::{FileId, Location, Span};
use crate::vocabulary::Equipment;

/// Reads the header statements of the root file, reporting repeats and bad values.
pub(super) fn settings(
    file: FileId,
    tree: &ast::File,
    names: &mut Names<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Settings {
    let mut settings = Settings {
        name: None,
        athlete: None,
        goal: Default::default(),
        phase: Default::default(),
        units: MassUnit::Kg,
        start: None,
        timezone: None,
        round: 0.0,
        round_by_equipment: Vec::new(),
        maxes: Vec::new(),
    };
    let mut rounds: Vec<(Equipment, Span)> = Vec::new();
    let mut round = None;
    let mut by_equipment: Vec<(Equipment, ast::Mass)> = Vec::new();
    let mut seen: Vec<(&'static str, Span)> = Vec::new();
    let mut max_seen: Vec<(EntryId, Span)> = Vec::new();
    for header in tree.items.iter().filter_map(|item| match item {
        Item::Header(header) => Some(header),
        _ => None,
    }) {
        let keyword = header.value.keyword();
        let repeatable = matches!(
            header.value,
            HeaderValue::Max { .. }
                | HeaderValue::Round {
                    equipment: Some(_),
                    ..
                }
        );
        if !repeatable {
            if let Some(&(_, first)) = seen.iter().find(|(k, _)| *k == keyword) {
                diagnostics.push(duplicate_definition::header_statement(
                    file,
                    header.span,
                    keyword,
                    first,
                ));
                continue;
            }
            seen.push((keyword, header.span));
        }
        match &header.value {
            HeaderValue::Program(name) => {
                settings.name = Some(match values::name(file, name, "the program's name") {
                    Ok(()) => name.value.clone(),
                    Err(error) => {
                        diagnostics.push(*error);
                        crate::text::shown(&name.value)
                    }
                })
            }
            HeaderValue::Athlete(value) => settings.athlete = Some(value.value),
            HeaderValue::Goal(value) => settings.goal = value.value,
            HeaderValue::Phase(value) => settings.phase = value.value,
            HeaderValue::Units(value) => settings.units = value.value,
            HeaderValue::Start(date) => match values::date(file, date) {
                Ok(date) => settings.start = Some(date),
                Err(error) => diagnostics.push(*error),
            },
            HeaderValue::Timezone(zone) => match values::time_zone(file, zone) {
                Ok(()) => settings.timezone = Some(zone.value.clone()),
                Err(error) => diagnostics.push(*error),
            },
            HeaderValue::Round {
                equipment: None,
                mass,
            } => match values::mass(file, *mass, "a rounding step", values::ROUND_KG) {
                Ok(()) => round = Some(mass.value),
                Err(error) => diagnostics.push(*error),
            },
            HeaderValue::Round {
                equipment: Some(equipment),
                mass,
            } => {
                if let Some(&(_, first)) = rounds.iter().find(|(e, _)| *e == equipment.value) {
                    diagnostics.push(duplicate_definition::equipment_round(
                        file,
                        header.span,
                        equipment.value.as_str(),
                        first,
                    ));
                    continue;
                }
                rounds.push((equipment.value, header.span));
                match values::mass(file, *mass, "a rounding step", values::ROUND_KG) {
                    Ok(()) => by_equipment.push((equipment.value, mass.value)),
                    Err(error) => diagnostics.push(*error),
                }
            }
            HeaderValue::Max { exercise, mass } => {
                let Some(entry) = names.lookup(file, exercise, diagnostics) else {
                    continue;
                };
                if let Some(&(_, first)) = max_seen.iter().find(|(e, _)| *e == entry) {
                    diagnostics.push(duplicate_definition::exercise_max(
                        file,
                        header.span,
                        &names.catalog.entry(entry).name,
                        first,
                    ));
                    continue;
                }
                max_seen.push((entry, header.span));
                match values::mass(file, *mass, "a one-rep max", values::LOAD_KG) {
                    Ok(()) => settings.maxes.push((entry, mass.value)),
                    Err(error) => diagnostics.push(*error),
                }
            }
        }
    }
    settings.round = match round {
        Some(mass) => mass.value_in(settings.units),
        None => match settings.units {
            MassUnit::Kg => 2.5,
            MassUnit::Lb => 5.0,
        },
    };
    settings.round_by_equipment = by_equipment
        .into_iter()
        .map(|(equipment, mass)| (equipment, mass.value_in(settings.units)))
        .collect();
    settings
}

/// A program needs a title: reported at its first block, which makes it a program,
/// unless a `program` line was written and could not be read (already reported).
pub(super) fn require_program(
    file: FileId,
    text: &str,
    tree: &ast::File,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let written = tree.failed.iter().any(|line| {
        text[line.start..line.end]
            .trim_start()
            .starts_with("program")
    });
    if written {
        return;
    }
    let Some(first) = tree.items.iter().find_map(|item| match item {
        Item::Block(block) => Some(block.span),
        _ => None,
    }) else {
        return;
    };
    diagnostics.push(syntax::no_program_line(file, first));
}

/// A file without blocks is a library: only `exercise`, `import` and levels may stand in it.
pub(super) fn check_library(file: FileId, tree: &ast::File, diagnostics: &mut Vec<Diagnostic>) {
    for item in &tree.items {
        if let Item::Header(header) = item {
            diagnostics.push(syntax::header_in_library(
                file,
                header.span,
                header.value.keyword(),
            ));
        }
    }
}

/// Where the file's (first) `start` date is written.
pub(super) fn start_at(file: FileId, tree: &ast::File) -> Location {
    let span = tree
        .items
        .iter()
        .find_map(|item| match item {
            Item::Header(ast::Header {
                value: HeaderValue::Start(date),
                ..
            }) => Some(date.span),
            _ => None,
        })
        .unwrap_or_default();
    Location::new(file, span)
}
