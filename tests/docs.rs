//! Documentation generated from the code stays in step with it: `docs/catalog.md` lists
//! the built-in catalog. Regenerate with `UPDATE_DOCS=1 cargo test --test docs`.

use std::fmt::Write;
use std::path::Path;

use wodc::catalog::Catalog;
use wodc::vocabulary::Skill;

fn catalog_page() -> String {
    let mut page = String::from(
        "# The built-in exercise catalog\n\n\
         Generated from `src/catalog/builtin.wod` by `tests/docs.rs`; do not edit by hand.\n\
         The catalog is a library file of `exercise` blocks, the definitions a program\n\
         writes for its own exercises: adding an entry is adding a block there. Each block\n\
         gives everything an entry holds (name, aliases, equipment, mechanic, primary\n\
         muscles, skill), so no part of an entry is kept in Rust; its header comment gives\n\
         the source of truth behind the classifications. `wodc` reads the file the first\n\
         time a program needs the catalog; `tests/catalog_builtin.rs` checks that it reads\n\
         without a diagnostic and is in `wodc fmt`'s layout.\n\n\
         Names match ignoring case and runs of spaces. *Heavy compound* means barbell and\n\
         compound; *technical* means `skill high`. The muscles are the primary ones, those a\n\
         line of the exercise hits for the weekly rules.\n\n\
         | exercise | equipment | mechanic | muscles | skill | aliases |\n\
         | --- | --- | --- | --- | --- | --- |\n",
    );
    let mut entries: Vec<_> = Catalog::built_in_entries().iter().collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    for entry in entries {
        let muscles: Vec<&str> = entry.muscles.iter().map(|m| m.as_str()).collect();
        let skill = match entry.skill {
            Skill::High => "high (technical)",
            Skill::Low => "low",
        };
        let equipment = format!("{:?}", entry.equipment).to_lowercase();
        let mechanic = format!("{:?}", entry.mechanic).to_lowercase();
        let heavy = if entry.is_heavy_compound() {
            " (heavy)"
        } else {
            ""
        };
        let _ = writeln!(
            page,
            "| {} | {equipment} | {mechanic}{heavy} | {} | {skill} | {} |",
            entry.name,
            muscles.join(", "),
            entry.aliases.join(", ")
        );
    }
    page
}

#[test]
fn the_catalog_page_lists_the_catalog() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/catalog.md");
    let expected = catalog_page();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/catalog.md is out of date: run `UPDATE_DOCS=1 cargo test --test docs`"
    );
}
