//! `exercise "NAME" { ... }`: a program's own catalog entries.

use super::imports::Sink;
use super::{Definition, values};
use crate::ast::{self, PropertyValue};
use crate::catalog::{DefineError, Entry};
use crate::meaning::{duplicate_definition, invalid_value, syntax};
use crate::span::{FileId, Location, Span, Spanned};
use crate::vocabulary::{MuscleSet, Skill};

/// Adds the definition to the catalog, or reports why it cannot be.
pub(super) fn define(file: FileId, def: &ast::ExerciseDef, sink: &mut Sink<'_>) {
    let Some(entry) = entry(file, def, sink) else {
        return;
    };
    let name = Location::new(file, def.name.span);
    match sink.catalog.define(entry) {
        Ok((entry, shadows)) => {
            let defined = sink.catalog.entry(entry);
            let shadows = shadows
                .into_iter()
                .map(|(built_in, position)| {
                    let span = position
                        .checked_sub(1)
                        .and_then(|alias| alias_span(def, &defined.aliases[alias]))
                        .unwrap_or(def.name.span);
                    (built_in, Location::new(file, span))
                })
                .collect();
            sink.definitions.push(Definition {
                entry,
                name,
                shadows,
            })
        }
        Err(DefineError::Clash {
            name: clash,
            earlier,
        }) => {
            let first = sink.catalog.entry(earlier).defined_at.unwrap_or(name);
            let (span, written) = if crate::catalog::normalize(&def.name.value) == clash {
                (def.name.span, def.name.value.as_str())
            } else {
                alias(def, &clash).map_or((def.name.span, clash.as_str()), |a| {
                    (a.span, a.value.as_str())
                })
            };
            sink.diagnostics.push(duplicate_definition::exercise_name(
                file, span, written, first,
            ));
        }
        Err(DefineError::Full) => match &mut sink.overflow {
            Some((_, count)) => *count += 1,
            None => sink.overflow = Some((name, 1)),
        },
    }
}

/// One report for every definition past the catalog's limit, at the first of them: a
/// generated file of a hundred thousand definitions gets one line, not thousands.
pub(super) fn report_overflow(sink: &mut Sink<'_>) {
    let Some((first, count)) = sink.overflow else {
        return;
    };
    sink.diagnostics
        .push(invalid_value::too_many_definitions(first, count));
}

/// The entry a definition describes, once each property is given once and the required
/// ones (`equipment`, `mechanic`, `muscles`) are there.
fn entry(file: FileId, def: &ast::ExerciseDef, sink: &mut Sink<'_>) -> Option<Entry> {
    let mut seen: Vec<(&'static str, Span)> = Vec::new();
    let (mut equipment, mut mechanic, mut muscles, mut skill) = (None, None, None, Skill::Low);
    let mut aliases = Vec::new();
    for property in &def.properties {
        let keyword = property.value.keyword();
        if let Some(&(_, first)) = seen.iter().find(|(k, _)| *k == keyword) {
            sink.diagnostics
                .push(duplicate_definition::exercise_property(
                    file,
                    property.span,
                    keyword,
                    &def.name.value,
                    first,
                ));
            continue;
        }
        seen.push((keyword, property.span));
        match &property.value {
            PropertyValue::Equipment(value) => equipment = Some(value.value),
            PropertyValue::Mechanic(value) => mechanic = Some(value.value),
            PropertyValue::Muscles(list) => {
                muscles = Some(list.iter().map(|m| m.value).collect::<MuscleSet>())
            }
            PropertyValue::Skill(value) => skill = value.value,
            PropertyValue::Aliases(list) => {
                aliases = list.iter().map(|a| a.value.clone()).collect::<Vec<_>>()
            }
        }
    }
    let named = std::iter::once(("the exercise name", &def.name))
        .chain(aliases_of(def).map(|alias| ("the alias", alias)))
        .fold(true, |ok, (what, name)| {
            match values::name(file, name, what) {
                Ok(()) => ok,
                Err(error) => {
                    sink.diagnostics.push(*error);
                    false
                }
            }
        });
    if !named {
        return None;
    }
    let missing: Vec<&str> = [
        ("equipment", equipment.is_none()),
        ("mechanic", mechanic.is_none()),
        ("muscles", muscles.is_none()),
    ]
    .into_iter()
    .filter_map(|(keyword, absent)| absent.then_some(keyword))
    .collect();
    if !missing.is_empty() {
        sink.diagnostics.push(syntax::incomplete_definition(
            file,
            def.name.span,
            &def.name.value,
            &missing,
        ));
        return None;
    }
    let name = def.name.value.trim().to_owned();
    let own = crate::catalog::normalize(&name);
    aliases.retain(|alias: &String| crate::catalog::normalize(alias) != own);
    aliases.dedup_by(|a, b| crate::catalog::normalize(a) == crate::catalog::normalize(b));
    Some(Entry {
        name,
        equipment: equipment?,
        mechanic: mechanic?,
        muscles: muscles?,
        skill,
        aliases,
        defined_at: Some(Location::new(file, def.name.span)),
    })
}

/// Where the definition writes `alias`.
fn alias_span(def: &ast::ExerciseDef, alias: &str) -> Option<Span> {
    self::alias(def, &crate::catalog::normalize(alias)).map(|written| written.span)
}

/// The alias of the definition whose normal form is `key`.
fn alias<'d>(def: &'d ast::ExerciseDef, key: &str) -> Option<&'d Spanned<String>> {
    aliases_of(def).find(|written| crate::catalog::normalize(&written.value) == key)
}

/// Every alias the definition writes.
fn aliases_of(def: &ast::ExerciseDef) -> impl Iterator<Item = &Spanned<String>> {
    def.properties
        .iter()
        .filter_map(|p| match &p.value {
            PropertyValue::Aliases(list) => Some(list),
            _ => None,
        })
        .flatten()
}
