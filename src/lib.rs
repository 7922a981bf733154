//! `wodc`: checks and compiles `.wod` strength-training programs.
//!
//! The pipeline, each stage depending only on those before it:
//!
//! ```text
//! source text → syntax (pest, spans, comments) → ast → resolve (catalog, imports)
//!             → model (weeks, dates, loads) → rules (guardrails) → backends
//! ```
//!
//! This crate is a pure core: it reads nothing and prints nothing. Imports are read
//! through the [`resolve::Loader`] its caller passes in; the `wodc` binary wraps it.
//! The language server ([`lsp`]) is here too, so that tests and the fuzzers can drive
//! it in process: it speaks on the channels it is given, and reaches the file system
//! only through the [`lsp::Host`] the binary passes in.

// pest without `std` (see Cargo.toml) names `alloc` in the parser it generates.
extern crate alloc;

pub mod ast;
pub mod backends;
pub mod catalog;
pub mod diagnostic;
pub mod fix;
pub mod format;
pub mod levels;
pub mod lsp;
pub mod meaning;
pub mod model;
pub mod plan;
pub mod query;
pub mod render;
pub mod resolve;
pub mod rule;
pub mod rules;
pub mod source;
pub mod span;
pub mod syntax;
pub mod text;
pub mod vocabulary;

use std::path::Path;

use diagnostic::Diagnostic;
use model::Model;
use resolve::Loader;
use source::SourceMap;
use span::FileId;

/// One file checked: its diagnostics (sorted, levels applied), its model, which holds
/// every line free of errors of meaning, and what the language server's [`query`]s read
/// besides: the file's parse (tree and line table) and the imports followed.
pub struct Analysis {
    pub file: FileId,
    /// The path the file was read from (`None` for standard input).
    pub path: Option<std::path::PathBuf>,
    /// The file's parse, its syntax errors included (they are among `diagnostics` too).
    pub syntax: syntax::Parsed,
    pub imports: Vec<resolve::Imported>,
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == diagnostic::Severity::Error)
    }
}

/// Checks the file `bytes`, named `name` in diagnostics and read from `path` (`None`
/// for standard input), under the `levels` its project and command line set. Never
/// fails: whatever the bytes, the answer is diagnostics.
pub fn check(
    sources: &mut SourceMap,
    name: &str,
    path: Option<&Path>,
    bytes: &[u8],
    loader: &dyn Loader,
    levels: &levels::Levels,
) -> Analysis {
    check_cached(sources, name, path, bytes, loader, levels, None)
}

/// [`check`], parsing the lines an earlier check of the file read from `cache` when
/// there is one (see [`syntax::LineCache`]): what the language server does after each
/// edit.
pub fn check_cached(
    sources: &mut SourceMap,
    name: &str,
    path: Option<&Path>,
    bytes: &[u8],
    loader: &dyn Loader,
    levels: &levels::Levels,
    cache: Option<&mut syntax::LineCache>,
) -> Analysis {
    let decoded = source::decode(bytes);
    let file = sources.add(name, decoded.text);
    let text = sources.shared_text(file);
    let parsed = syntax::parse_decoded_with(file, &text, decoded.invalid_at, cache);
    let mut diagnostics = parsed.diagnostics.clone();
    let mut program = resolve::resolve(file, path, &parsed.file, sources, loader, &mut diagnostics);
    let directives = std::mem::take(&mut program.directives);
    let imports = std::mem::take(&mut program.imports);
    let model = model::build(program);
    diagnostics.extend(rules::check(&model));
    levels::apply(&directives, levels, &mut diagnostics);
    diagnostic::sort(&mut diagnostics);
    Analysis {
        file,
        path: path.map(std::path::Path::to_path_buf),
        syntax: parsed,
        imports,
        model,
        diagnostics,
    }
}
