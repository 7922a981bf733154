//! The shape of a file: its outline (blocks with their weeks, their sessions, and the
//! exercise definitions) and the bodies an editor can fold.

use crate::Analysis;
use crate::ast::{self, BlockItem, Item, SessionItem};
use crate::span::Span;

/// What a section of the outline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Definition,
    Block,
    Session,
}

/// One entry of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    pub name: String,
    /// `weeks 1-4`, `week 5, deload`; a session's days and time.
    pub detail: Option<String>,
    /// From the header to the closing `}`.
    pub extent: Span,
    /// The name, quotes included.
    pub selection: Span,
    pub children: Vec<Section>,
}

/// The outline of the analysed file, in the order written.
pub fn outline(analysis: &Analysis) -> Vec<Section> {
    analysis
        .syntax
        .file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Exercise(def) => Some(Section {
                kind: SectionKind::Definition,
                name: def.name.value.clone(),
                detail: None,
                extent: def.extent(),
                selection: def.name.span,
                children: Vec::new(),
            }),
            Item::Block(block) => Some(block_section(block)),
            _ => None,
        })
        .collect()
}

fn block_section(block: &ast::Block) -> Section {
    let weeks = block.weeks.value;
    let mut detail = if weeks.first.value == weeks.last.value {
        format!("week {}", weeks.first.value)
    } else {
        format!("weeks {}-{}", weeks.first.value, weeks.last.value)
    };
    if block.deload.is_some() {
        detail.push_str(", deload");
    }
    if let Some(repeats) = &block.repeats {
        detail.push_str(&format!(", repeats \"{}\"", repeats.value));
    }
    let sessions = block.body.iter().flat_map(|body| &body.items);
    let children = sessions
        .filter_map(|item| match item {
            BlockItem::Session(session) => Some(session_section(session)),
            BlockItem::Level(_) => None,
        })
        .collect();
    Section {
        kind: SectionKind::Block,
        name: block.name.value.clone(),
        detail: Some(detail),
        extent: block.extent(),
        selection: block.name.span,
        children,
    }
}

fn session_section(session: &ast::Session) -> Section {
    let mut when: Vec<String> = Vec::new();
    if !session.days.is_empty() {
        let days: Vec<&str> = session.days.iter().map(|d| d.value.as_str()).collect();
        when.push(format!("on {}", days.join(", ")));
    }
    if let Some(time) = &session.time {
        when.push(format!(
            "at {:02}:{:02}",
            time.value.hour, time.value.minute
        ));
    }
    if let Some(duration) = &session.duration {
        when.push(format!("for {}", duration.value));
    }
    Section {
        kind: SectionKind::Session,
        name: session.name.value.clone(),
        detail: (!when.is_empty()).then(|| when.join(" ")),
        extent: session.extent(),
        selection: session.name.span,
        children: Vec::new(),
    }
}

/// Every body of the analysed file: blocks, sessions, supersets, definitions, outermost
/// first.
pub fn folds(analysis: &Analysis) -> Vec<Span> {
    let mut folds = Vec::new();
    for item in &analysis.syntax.file.items {
        match item {
            Item::Exercise(def) => folds.push(def.extent()),
            Item::Block(block) if block.body.is_some() => {
                folds.push(block.extent());
                let sessions = block.body.iter().flat_map(|body| &body.items);
                for item in sessions {
                    let BlockItem::Session(session) = item else {
                        continue;
                    };
                    folds.push(session.extent());
                    for item in &session.items {
                        if let SessionItem::Superset(superset) = item {
                            folds.push(superset.extent());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    folds
}
