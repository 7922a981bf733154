//! The built-in catalog's file, `src/catalog/builtin.wod`: it reads without a
//! diagnostic (so at run time no definition of it is ever left out, and the debug
//! assertion on first use never fires), every block of it becomes an entry, and it is
//! in the canonical layout. What the entries say is `tests/catalog_reference.rs`'s
//! business.

use wodc::ast::Item;
use wodc::catalog::{Catalog, builtin};
use wodc::source::SourceMap;
use wodc::{format, syntax};

fn parse() -> syntax::Parsed {
    let file = SourceMap::new().add(builtin::PATH, builtin::SOURCE.to_owned());
    syntax::parse(file, builtin::SOURCE)
}

#[test]
fn the_file_parses_and_resolves_without_a_diagnostic() {
    let read = builtin::read();
    assert!(
        read.diagnostics.is_empty(),
        "{} reads with diagnostics:\n{}",
        builtin::PATH,
        wodc::render::short::render(&read.sources, &read.diagnostics)
    );
}

#[test]
fn every_block_is_an_entry_and_nothing_else_is_written() {
    let parsed = parse();
    let definitions = parsed
        .file
        .items
        .iter()
        .filter(|item| matches!(item, Item::Exercise(_)))
        .count();
    assert_eq!(
        definitions,
        parsed.file.items.len(),
        "the file holds only `exercise` blocks"
    );
    assert_eq!(builtin::read().entries().len(), definitions);
    assert_eq!(Catalog::built_in_entries(), builtin::read().entries());
}

#[test]
fn the_file_is_in_the_canonical_layout() {
    let parsed = parse();
    let formatted = format::format(builtin::SOURCE, &parsed).expect("no syntax error");
    assert!(
        formatted == builtin::SOURCE,
        "run `wodc fmt {}`",
        builtin::PATH
    );
}
