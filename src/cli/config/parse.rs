//! The text of a `wodc.toml`, read into its settings. Every mistake is a [`Problem`] at
//! its place in the text, with the nearest right name where there is one.

use std::ops::Range;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use wodc::ast::LevelWord;
use wodc::levels::{self, Project};
use wodc::text::shown;

/// What a `wodc.toml` sets.
pub struct Settings {
    /// What a walk of a directory skips, relative to the directory of the `wodc.toml`.
    pub exclude: GlobSet,
    pub levels: Project,
}

/// A mistake in a `wodc.toml`, at a range of bytes of its text.
#[derive(Debug)]
pub struct Problem {
    pub at: Range<usize>,
    pub message: String,
}

impl Problem {
    fn new(at: Range<usize>, message: String) -> Self {
        Self { at, message }
    }
}

/// The top-level keys.
const KEYS: [&str; 2] = ["exclude", "rules"];

/// The levels `[rules]` takes: the words of `allow`/`warn`/`deny` in a program.
const LEVELS: [(&str, LevelWord); 3] = [
    ("allow", LevelWord::Allow),
    ("warn", LevelWord::Warn),
    ("deny", LevelWord::Deny),
];

/// More patterns than a project writes by hand: the bound keeps a hostile file from
/// making the matcher slow to build.
const MAX_PATTERNS: usize = 1000;

/// Far more levels than there are rules: the bound keeps a hostile file from making
/// the search for near names slow.
const MAX_LEVELS: usize = 1000;

/// Reads the settings of `text`, or every mistake in it, in the order of the text.
pub fn parse(text: &str) -> Result<Settings, Vec<Problem>> {
    let table = DeTable::parse(text).map_err(|error| {
        let at = error.span().unwrap_or(0..0);
        vec![Problem::new(at, error.message().trim_end().to_owned())]
    })?;
    let mut problems = Vec::new();
    let mut settings = Settings {
        exclude: GlobSet::empty(),
        levels: Project::default(),
    };
    for (key, value) in table.get_ref().iter() {
        let name: &str = key.get_ref();
        match name {
            "exclude" => {
                if let Some(exclude) = exclude(value, &mut problems) {
                    settings.exclude = exclude;
                }
            }
            "rules" => rules(value, &mut settings.levels, &mut problems),
            _ => {
                let message = match nearest(name, &KEYS) {
                    Some(near) => format!("unknown key `{}`; did you mean `{near}`?", shown(name)),
                    None => format!(
                        "unknown key `{}`: wodc.toml takes `exclude` and `[rules]`",
                        shown(name)
                    ),
                };
                problems.push(Problem::new(key.span(), message));
            }
        }
    }
    problems.sort_by_key(|problem| problem.at.start);
    if problems.is_empty() {
        Ok(settings)
    } else {
        Err(problems)
    }
}

/// `exclude = ["drafts/**", ...]`: globs where `*` stays within one directory and `**`
/// crosses any number of them.
fn exclude(value: &Spanned<DeValue<'_>>, problems: &mut Vec<Problem>) -> Option<GlobSet> {
    let DeValue::Array(patterns) = value.get_ref() else {
        let message = "`exclude` is a list of paths, such as `exclude = [\"drafts/**\"]`";
        problems.push(Problem::new(value.span(), message.to_owned()));
        return None;
    };
    if patterns.len() > MAX_PATTERNS {
        let message = format!("`exclude` holds more than {MAX_PATTERNS} patterns");
        problems.push(Problem::new(value.span(), message));
        return None;
    }
    let before = problems.len();
    let mut set = GlobSetBuilder::new();
    for pattern in patterns.iter() {
        let DeValue::String(text) = pattern.get_ref() else {
            let message = "an `exclude` pattern is a string, such as \"drafts/**\"";
            problems.push(Problem::new(pattern.span(), message.to_owned()));
            continue;
        };
        match glob(text) {
            Ok(glob) => {
                set.add(glob);
            }
            Err(message) => problems.push(Problem::new(pattern.span(), message)),
        }
    }
    if problems.len() > before {
        return None;
    }
    set.build()
        .map_err(|error| problems.push(Problem::new(value.span(), error.to_string())))
        .ok()
}

/// One pattern, relative to the directory of the `wodc.toml`: a leading `./` and a
/// trailing `/` are allowed and mean nothing more.
fn glob(pattern: &str) -> Result<globset::Glob, String> {
    let mut relative = pattern;
    while let Some(rest) = relative.strip_prefix("./") {
        relative = rest;
    }
    let relative = relative.strip_suffix('/').unwrap_or(relative);
    if relative.is_empty() {
        return Err(format!("the pattern \"{}\" names no path", shown(pattern)));
    }
    if relative.starts_with('/') || relative.split('/').any(|part| part == "..") {
        return Err(format!(
            "the pattern \"{}\" leaves the directory of wodc.toml, which every pattern is relative to",
            shown(pattern)
        ));
    }
    GlobBuilder::new(relative)
        .literal_separator(true)
        .build()
        .map_err(|error| {
            format!(
                "the pattern \"{}\" is not a glob: {}",
                shown(pattern),
                error.kind()
            )
        })
}

/// `[rules]`: a level for each guardrail named.
fn rules(value: &Spanned<DeValue<'_>>, project: &mut Project, problems: &mut Vec<Problem>) {
    let DeValue::Table(table) = value.get_ref() else {
        let message = "`rules` is a table of levels: `[rules]`, then `drop-size = \"deny\"`";
        problems.push(Problem::new(value.span(), message.to_owned()));
        return;
    };
    if table.len() > MAX_LEVELS {
        let message = format!("`rules` holds more than {MAX_LEVELS} levels");
        problems.push(Problem::new(value.span(), message));
        return;
    }
    for (rule, level) in table.iter() {
        let guardrail = levels::guardrail(rule.get_ref());
        if let Err(error) = &guardrail {
            problems.push(Problem::new(rule.span(), error.to_string()));
        }
        let word = level_word(rule.get_ref(), level, problems);
        if let (Ok(guardrail), Some(word)) = (guardrail, word) {
            project.set(guardrail, word);
        }
    }
}

/// The level a rule is set to, or `None` after saying what is wrong with it.
fn level_word(
    rule: &str,
    level: &Spanned<DeValue<'_>>,
    problems: &mut Vec<Problem>,
) -> Option<LevelWord> {
    let DeValue::String(text) = level.get_ref() else {
        let message = format!(
            "the level of `{}` is a string: \"allow\", \"warn\" or \"deny\"",
            shown(rule)
        );
        problems.push(Problem::new(level.span(), message));
        return None;
    };
    if let Some((_, word)) = LEVELS.iter().find(|(word, _)| word == text) {
        return Some(*word);
    }
    let words = LEVELS.map(|(word, _)| word);
    // `wodc rules` prints the severities a level gives: the likely slips.
    let meant = match text.to_lowercase().as_str() {
        "warning" => Some("warn"),
        "error" => Some("deny"),
        other => nearest(other, &words),
    };
    let message = match meant {
        Some(near) => format!(
            "\"{}\" is not a level; did you mean \"{near}\"?",
            shown(text)
        ),
        None => format!(
            "\"{}\" is not a level: \"allow\", \"warn\" or \"deny\"",
            shown(text)
        ),
    };
    problems.push(Problem::new(level.span(), message));
    None
}

/// The candidate closest to `word` in spelling, if one is close enough to be meant.
fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    const LONGEST: usize = 64;
    if word.len() > LONGEST {
        return None;
    }
    let word = word.to_lowercase();
    candidates
        .iter()
        .map(|candidate| (strsim::levenshtein(&word, candidate), *candidate))
        .filter(|&(distance, _)| distance <= (word.len() / 3).max(2))
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match parse(text) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().map(|p| p.message).collect(),
        }
    }

    #[test]
    fn a_near_word_is_suggested() {
        assert_eq!(nearest("excldue", &KEYS), Some("exclude"));
        assert_eq!(nearest("Rules", &KEYS), Some("rules"));
        assert_eq!(nearest("alow", &["allow", "warn", "deny"]), Some("allow"));
        assert_eq!(nearest("colour", &KEYS), None);
    }

    #[test]
    fn patterns_stay_inside_the_directory() {
        for pattern in ["/etc/*.wod", "../x.wod", "a/../../b", "", "./", "a/[b"] {
            let text = format!("exclude = [\"{pattern}\"]");
            assert_eq!(problems(&text).len(), 1, "{pattern:?}");
        }
        for pattern in ["drafts/**", "./drafts/", "*.wod", "a/**/b.wod"] {
            let text = format!("exclude = [\"{pattern}\"]");
            assert_eq!(problems(&text), Vec::<String>::new(), "{pattern:?}");
        }
    }

    /// The table of `docs/configuration.md`.
    #[test]
    fn patterns_match_as_documented() {
        let text = r#"exclude = ["drafts/", "archive/*.wod", "**/old-*.wod", "notes/[0-9]*.wod"]"#;
        let Ok(settings) = parse(text) else {
            panic!("valid patterns");
        };
        let excluded = |path: &str| settings.exclude.is_match(path);
        assert!(excluded("drafts"));
        assert!(excluded("archive/a.wod") && !excluded("archive/2025/a.wod"));
        assert!(excluded("old-a.wod") && excluded("x/y/old-a.wod"));
        assert!(excluded("notes/1st.wod") && !excluded("notes/first.wod"));
        assert!(!excluded("drafts.wod") && !excluded("plan.wod"));
    }

    #[test]
    fn every_mistake_is_reported_in_the_order_of_the_text() {
        let found = problems(
            "excldue = []\nexclude = \"drafts\"\n[rules]\ndrop-size = 1\nsyntax = \"allow\"\n",
        );
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].contains("`excldue`"), "{found:#?}");
        assert!(found[1].contains("`exclude` is a list"), "{found:#?}");
        assert!(found[2].contains("level of `drop-size`"), "{found:#?}");
        assert!(found[3].contains("error of meaning"), "{found:#?}");
    }
}
