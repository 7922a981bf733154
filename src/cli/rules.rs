//! `wodc rules` and `wodc explain RULE`: the registry, for people.

use clap::Args;

use super::{Console, Outcome, Status};
use wodc::rules;

/// Print a rule's page: what it checks, why, an example, and the fix.
#[derive(Args)]
#[command(after_help = "Example:\n  wodc explain drop-set-on-heavy-compound")]
pub struct ExplainArgs {
    /// The rule's name, as `wodc rules` lists it.
    rule: String,
}

/// List every rule with its default level and what it checks.
#[derive(Args)]
#[command(after_help = "Example:\n  wodc rules")]
pub struct RulesArgs {}

pub fn explain(console: &mut Console, args: ExplainArgs) -> Outcome {
    let Some(rule) = rules::find(&args.rule) else {
        let suggestions = rules::suggestions(&args.rule);
        let name = wodc::text::shown(&args.rule);
        if suggestions.is_empty() {
            console.error(format_args!(
                "no rule is named `{name}`; `wodc rules` lists them"
            ))?;
        } else {
            console.error(format_args!(
                "no rule is named `{name}`; did you mean {}?",
                suggestions.join(", ")
            ))?;
        }
        return Ok(Status::Failure);
    };
    console.line(format_args!(
        "# {} ({})\n",
        rule.name,
        rule.default_level.as_str()
    ))?;
    console.print(rule.explanation())?;
    console.line(format_args!("\n{}", rule.fix.sentence()))?;
    Ok(Status::Clean)
}

pub fn list(console: &mut Console, _: RulesArgs) -> Outcome {
    let width = rules::all().map(|r| r.name.len()).max().unwrap_or(0);
    for rule in rules::all() {
        console.line(format_args!(
            "{:width$}  {:7}  {}",
            rule.name,
            rule.default_level.as_str(),
            rule.summary()
        ))?;
    }
    Ok(Status::Clean)
}
