//! The parser pest derives from `grammar/wod.pest`.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/wod.pest"]
pub struct WodParser;
