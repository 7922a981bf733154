//! `wodc rules` and `wodc explain RULE`: the registry, for people.

use clap::Args;

use super::Status;
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

pub fn explain(args: ExplainArgs) -> Status {
    match rules::find(&args.rule) {
        Some(rule) => {
            println!("# {} ({})\n", rule.name, rule.default_level.as_str());
            print!("{}", rule.explanation());
            Status::Clean
        }
        None => {
            let suggestions = rules::suggestions(&args.rule);
            eprint!("wodc: no rule is named `{}`", args.rule);
            if suggestions.is_empty() {
                eprintln!("; `wodc rules` lists them");
            } else {
                eprintln!("; did you mean {}?", suggestions.join(", "));
            }
            Status::Failure
        }
    }
}

pub fn list(_: RulesArgs) -> Status {
    let width = rules::all().map(|r| r.name.len()).max().unwrap_or(0);
    for rule in rules::all() {
        println!(
            "{:width$}  {:7}  {}",
            rule.name,
            rule.default_level.as_str(),
            rule.summary()
        );
    }
    Status::Clean
}
