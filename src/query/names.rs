//! Every name a file writes, with what it stands for: what go to definition follows,
//! what hover describes, and where a name under the cursor starts and ends.
//!
//! Names are looked up again in the program's catalog rather than recorded by the
//! resolver: [`Catalog::lookup`](crate::catalog::Catalog::lookup) is the one lookup the
//! resolver makes too, so the answer is the same, and the resolver stays free of what
//! only an editor asks.

use crate::Analysis;
use crate::ast::{self, BlockItem, ClauseValue, HeaderValue, Item, PropertyValue, SessionItem};
use crate::catalog::EntryId;
use crate::rule::RuleMeta;
use crate::rules;
use crate::span::{Location, Span};

/// A name as written, quotes included.
#[derive(Debug, Clone)]
pub struct Name {
    pub span: Span,
    pub kind: NameKind,
}

/// What a name stands for.
#[derive(Debug, Clone)]
pub enum NameKind {
    /// An exercise: on a line, after `max` or `of`, a `mechanical drop` step, or the
    /// name or an alias of a definition (`definition`). `None`: no entry has the name.
    Exercise {
        entry: Option<EntryId>,
        definition: bool,
    },
    /// The rule of an `allow`/`warn`/`deny`; `None`: no rule has the name.
    Rule(Option<&'static RuleMeta>),
    /// An `import` path: the index of its record in [`Analysis::imports`], when the
    /// resolver followed it.
    Import(Option<usize>),
    /// The name after `repeats`: the name of the block it repeats, if one has it.
    Repeats(Option<Span>),
}

/// Every name of the analysed file, in the order written.
pub fn names(analysis: &Analysis) -> Vec<Name> {
    let mut walk = Walk {
        analysis,
        names: Vec::new(),
    };
    let tree = &analysis.syntax.file;
    let blocks = tree.blocks();
    for item in &tree.items {
        match item {
            Item::Header(header) => {
                if let HeaderValue::Max { exercise, .. } = &header.value {
                    walk.exercise(exercise, false);
                }
            }
            Item::Import(import) => {
                let at = Location::new(analysis.file, import.path.span);
                let record = analysis.imports.iter().position(|i| i.at == at);
                walk.push(import.path.span, NameKind::Import(record));
            }
            Item::Level(level) => walk.level(level),
            Item::Exercise(def) => {
                walk.exercise(&def.name, true);
                for property in &def.properties {
                    if let PropertyValue::Aliases(aliases) = &property.value {
                        aliases.iter().for_each(|alias| walk.exercise(alias, true));
                    }
                }
            }
            Item::Block(block) => walk.block(block, &blocks),
        }
    }
    walk.names
}

/// The name that holds byte `offset` (the offset just past its end included, where the
/// cursor stands after typing it).
pub fn name_at(analysis: &Analysis, offset: usize) -> Option<Name> {
    names(analysis)
        .into_iter()
        .find(|name| name.span.start <= offset && offset <= name.span.end)
}

struct Walk<'a> {
    analysis: &'a Analysis,
    names: Vec<Name>,
}

impl Walk<'_> {
    fn push(&mut self, span: Span, kind: NameKind) {
        self.names.push(Name { span, kind });
    }

    fn exercise(&mut self, name: &crate::span::Spanned<String>, definition: bool) {
        let entry = self.analysis.model.catalog.lookup(&name.value);
        self.push(name.span, NameKind::Exercise { entry, definition });
    }

    fn level(&mut self, level: &ast::LevelDirective) {
        let rule = rules::find(&level.rule.value);
        self.push(level.rule.span, NameKind::Rule(rule));
    }

    fn block(&mut self, block: &ast::Block, blocks: &[&ast::Block]) {
        if let Some(repeats) = &block.repeats {
            let target = blocks
                .iter()
                .find(|other| !std::ptr::eq(**other, block) && other.name.value == repeats.value)
                .map(|other| other.name.span);
            self.push(repeats.span, NameKind::Repeats(target));
        }
        let Some(body) = &block.body else {
            return;
        };
        for item in &body.items {
            match item {
                BlockItem::Level(level) => self.level(level),
                BlockItem::Session(session) => {
                    for item in &session.items {
                        match item {
                            SessionItem::Prescription(line) => self.prescription(line),
                            SessionItem::Superset(superset) => {
                                superset.members.iter().for_each(|m| self.prescription(m));
                            }
                            SessionItem::Level(level) => self.level(level),
                            SessionItem::Note(_) => {}
                        }
                    }
                }
            }
        }
    }

    fn prescription(&mut self, line: &ast::Prescription) {
        self.exercise(&line.exercise, false);
        if let Some(of) = line.load.as_ref().and_then(|load| load.of.as_ref()) {
            self.exercise(of, false);
        }
        for clause in &line.clauses {
            if let ClauseValue::Technique(ast::Technique::MechanicalDrop(steps)) = &clause.value {
                steps.iter().for_each(|step| self.exercise(step, false));
            }
        }
    }
}
