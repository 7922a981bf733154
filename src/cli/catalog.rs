//! `wodc catalog [SEARCH]`: the built-in exercises, for finding the name to write.

use clap::Args as ClapArgs;
use wodc::catalog::{Catalog, normalize};

use super::{Console, Outcome, Status};

/// List the built-in exercises with their classification and aliases.
#[derive(ClapArgs)]
#[command(after_help = "Examples:\n  wodc catalog\n  wodc catalog curl")]
pub struct Args {
    /// Show only exercises whose name or an alias contains this text (any case).
    search: Option<String>,
}

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let search = args.search.as_deref().map(normalize).unwrap_or_default();
    let mut entries: Vec<_> = Catalog::built_in_entries()
        .iter()
        .filter(|entry| {
            std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .any(|name| normalize(name).contains(&search))
        })
        .collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    if entries.is_empty() {
        let search = wodc::text::shown(&search);
        console.error(format_args!("no built-in exercise matches `{search}`"))?;
        return Ok(Status::Findings);
    }
    for entry in entries {
        let muscles: Vec<&str> = entry.muscles.iter().map(|m| m.as_str()).collect();
        let technical = if entry.is_technical() {
            ", technical"
        } else {
            ""
        };
        console.line(format_args!(
            "{}  ({:?}, {:?}{technical}: {})",
            entry.name,
            entry.equipment,
            entry.mechanic,
            muscles.join(", ")
        ))?;
        if !entry.aliases.is_empty() {
            console.line(format_args!("    also: {}", entry.aliases.join(", ")))?;
        }
    }
    Ok(Status::Clean)
}
