//! Grammar rules in plain words, so that a syntax error says "expected a duration such
//! as `90s` or `2min`" and never names a rule of the grammar.

use super::Rule;

/// What the user should have written where `rule` failed to match.
///
/// The match is exhaustive: a rule added to the grammar does not compile until it is
/// described here.
pub(super) fn describe(rule: Rule) -> &'static str {
    match rule {
        Rule::top_line => "a statement",
        Rule::block_line => "a `session`, `allow`, `warn`, `deny` or `}`",
        Rule::session_line => "an exercise line, a `superset`, `allow`, `warn`, `deny` or `}`",
        Rule::superset_line => "an exercise line or `}`",
        Rule::exercise_line => {
            "a property (`equipment`, `mechanic`, `muscles`, `skill`, `aliases`) or `}`"
        }
        Rule::EOI | Rule::comment | Rule::eol => "the end of the line",
        Rule::WHITESPACE => "a space",
        Rule::word_char => "a letter or digit",
        Rule::header => "a header statement",
        Rule::property => "a property",
        Rule::exercise_name => "an exercise name",
        Rule::clause => {
            "a clause: `rest`, `tempo`, `progress`, `note`, `warmup`, `backoff` or a technique"
        }
        Rule::technique => "a technique: `drop`, `mechanical drop`, `rest-pause` or `myo-reps`",
        Rule::program_stmt => "`program \"NAME\"`",
        Rule::athlete_stmt => "`athlete`",
        Rule::goal_stmt => "`goal`",
        Rule::phase_stmt => "`phase`",
        Rule::units_stmt => "`units`",
        Rule::start_stmt => "`start`",
        Rule::timezone_stmt => "`timezone`",
        Rule::round_stmt => "`round`",
        Rule::max_stmt => "`max`",
        Rule::import_stmt => "`import`",
        Rule::athlete_level => "`beginner`, `intermediate` or `advanced`",
        Rule::goal => "`hypertrophy`, `strength` or `general`",
        Rule::phase => "`bulk`, `maintain` or `cut`",
        Rule::zone => "a time zone such as `Europe/Rome`",
        Rule::level_stmt | Rule::level_word => "`allow`, `warn` or `deny`",
        Rule::rule_name => "a rule name such as `drop-size`",
        Rule::exercise_head => "`exercise \"NAME\" {`",
        Rule::equipment_prop => "`equipment`",
        Rule::mechanic_prop => "`mechanic`",
        Rule::muscles_prop => "`muscles`",
        Rule::skill_prop => "`skill`",
        Rule::aliases_prop => "`aliases`",
        Rule::equipment => {
            "an equipment kind: `barbell`, `dumbbell`, `machine`, `cable`, `smith`, \
             `bodyweight`, `band`, `kettlebell` or `other`"
        }
        Rule::mechanic => "`compound`, `isolation` or `conditioning`",
        Rule::skill => "`low` or `high`",
        Rule::muscle => {
            "a muscle: `chest`, `lats`, `upper-back`, `traps`, `front-delts`, `side-delts`, \
             `rear-delts`, `biceps`, `triceps`, `forearms`, `abs`, `obliques`, `lower-back`, \
             `glutes`, `quads`, `hamstrings`, `adductors`, `abductors` or `calves`"
        }
        Rule::block_head => "`block \"NAME\" weeks A-B`",
        Rule::week_span | Rule::weeks_range | Rule::single_week => "`weeks A-B` or `week N`",
        Rule::deload_kw => "`deload`",
        Rule::block_modifiers => "`deload` or `repeats \"BLOCK\"`",
        Rule::repeats_clause => "`repeats \"BLOCK\"`",
        Rule::note_stmt => "`note \"TEXT\"`",
        Rule::session_head => "`session \"NAME\" [on DAYS] [at HH:MM] [for DURATION] {`",
        Rule::on_days => "`on` and the days",
        Rule::at_time => "`at HH:MM`",
        Rule::for_duration => "`for DURATION`",
        Rule::superset_head => "`superset {`",
        Rule::prescription => "an exercise line such as `Bench Press: 4 x 8 @ 80kg`",
        Rule::bare_name => "an exercise name",
        Rule::set_count => "the number of sets",
        Rule::amount => "`SETS x REPS`, or a duration or distance such as `10min` or `2km`",
        Rule::sets_and_reps => "`SETS x REPS`",
        Rule::single_effort => "a duration or distance such as `10min` or `2km`",
        Rule::set_counts => "the number of sets, or one per week such as `4/4/5/2`",
        Rule::rep_targets => "reps, or reps per week such as `5/3/1/5`",
        Rule::each_kw => "`each`",
        Rule::reps => {
            "reps: a number, a range such as `8-12`, `AMRAP`, a hold such as `30s` or a \
             distance such as `40m`"
        }
        Rule::amrap => "`AMRAP`",
        Rule::rep_range => "a rep range such as `8-12`",
        Rule::intensity => "a load such as `80kg`, `75%` or `BW`, or an effort such as `RPE 8`",
        Rule::load => "a load such as `80kg`, `75%` or `BW`",
        Rule::loads => "a load such as `80kg`, `75%`, `BW`, or one per week such as `75%/85%`",
        Rule::below_top => "a share below the top set such as `-10%`",
        Rule::of_clause | Rule::of_kw => "`of EXERCISE`",
        Rule::of_name | Rule::of_word | Rule::of_gap => {
            "the name of the exercise whose max the percentage is of"
        }
        Rule::effort_word => "`RPE`, `RIR` or `failure`",
        Rule::effort_values | Rule::effort_value => {
            "an effort number such as `8`, a range such as `7-8`, or one per week such as `7/8/9`"
        }
        Rule::bodyweight | Rule::bw => "`BW`",
        Rule::bw_sign => "`+` or `-`",
        Rule::effort => "an effort: `RPE N`, `RIR N` or `failure`",
        Rule::rpe => "`RPE N`",
        Rule::rir => "`RIR N`",
        Rule::failure => "`failure`",
        Rule::number_range => "a range such as `7-8`",
        Rule::rest_clause => "`rest`",
        Rule::tempo_clause => "`tempo`",
        Rule::tempo | Rule::tempo_part => "a tempo of four parts such as `3-1-1-0`",
        Rule::progress_clause => "`progress`",
        Rule::progress_sign => "`+` or `-`",
        Rule::progress_step => {
            "a step such as `2.5kg`, `5%`, `1 set`, `1 rep`, `1 RIR` or `0.5 RPE`"
        }
        Rule::set_step | Rule::set_word => "a number of sets such as `1 set`",
        Rule::rep_step | Rule::rep_word => "a number of reps such as `1 rep`",
        Rule::rir_step | Rule::rir_word => "a step of effort such as `1 RIR`",
        Rule::rpe_step | Rule::rpe_word => "a step of effort such as `0.5 RPE`",
        Rule::period => "`week` or `session`",
        Rule::warmup_clause => "`warmup`",
        Rule::warmup_step => "a warm-up set such as `5@40%` or `10`",
        Rule::warmup_reps => "the reps of a warm-up set",
        Rule::warmup_load => "a warm-up load such as `40%`, `60kg` or `BW`",
        Rule::backoff_clause => "`backoff SETS x REPS`",
        Rule::backoff_intensity => "a back-off load such as `-10%`, or an effort",
        Rule::note_clause => "`note`",
        Rule::drop_percent => "`drop P%`",
        Rule::drop_to => "`drop to MASS`",
        Rule::mechanical_drop => "`mechanical drop \"EXERCISE\"`",
        Rule::rest_pause => "`rest-pause`",
        Rule::myo_reps => "`myo-reps`",
        Rule::mini_sets => "mini-sets such as `2 x 3`",
        Rule::string | Rule::quote => "`\"` (strings allow only the escapes `\\\"` and `\\\\`)",
        Rule::string_inner => "the text of a string",
        Rule::number => "a number",
        Rule::integer => "a whole number",
        Rule::percent => "a percentage such as `25%`",
        Rule::mass => "a mass such as `80kg` or `185lb`",
        Rule::mass_unit => "a unit, `kg` or `lb`",
        Rule::distance => "a distance such as `40m` or `2km`",
        Rule::distance_unit => "a unit of distance, `m`, `km`, `yd` or `mi`",
        Rule::duration => "a duration such as `90s` or `2min`",
        Rule::duration_unit => "a unit of time, `s`, `min` or `h`",
        Rule::date => "a date such as `2026-01-05`",
        Rule::clock_time => "a time such as `18:00`",
        Rule::day => "a day: `mon`, `tue`, `wed`, `thu`, `fri`, `sat` or `sun`",
        Rule::times => "`x`",
        Rule::slash => "`/`",
        Rule::colon => "`:`",
        Rule::comma => "`,`",
        Rule::dash => "`-`",
        Rule::at_sign => "`@`",
        Rule::open_brace => "`{`",
        Rule::close_brace => "`}`",
    }
}

/// A hint for a mistake that a rule's failure usually means, where the context's
/// general help would say less.
pub(super) fn hint(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::mass_unit | Rule::duration_unit => {
            "write the unit right after the number, with no space: `80kg`, `90s`, `1min30s`"
        }
        Rule::quote | Rule::string => "names are written in double quotes: `\"Upper A\"`",
        Rule::times => "sets and reps are written `SETS x REPS`, for example `4 x 8-10`",
        Rule::tempo | Rule::tempo_part => "a tempo has four parts, in seconds: `tempo 3-1-1-0`",
        Rule::period => "a progression steps every week or every session: `progress +2.5kg/week`",
        Rule::progress_sign => {
            "a progression starts with its direction: `progress +2.5kg/week`, `progress -1 RIR/week`"
        }
        Rule::open_brace => "a block, session or superset header ends with `{`",
        _ => return None,
    })
}

/// A sentence listing what was expected, without repeats: "a, b or c".
pub(super) fn expected_list(rules: &[Rule]) -> String {
    let mut words: Vec<&str> = Vec::new();
    for &rule in rules {
        let word = describe(rule);
        if !words.contains(&word) {
            words.push(word);
        }
    }
    crate::diagnostic::list_words(&words, "or")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_description_shows_a_rule_name() {
        for &rule in Rule::all_rules() {
            let words = describe(rule);
            let name = format!("{rule:?}");
            assert!(!words.is_empty(), "{name} has no description");
            assert!(
                !name.contains('_') || !words.contains(&name),
                "{name} is described by its own name"
            );
        }
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(expected_list(&[Rule::colon]), "`:`");
        assert_eq!(
            expected_list(&[
                Rule::at_time,
                Rule::for_duration,
                Rule::comma,
                Rule::open_brace
            ]),
            "`at HH:MM`, `for DURATION`, `,` or `{`"
        );
        assert_eq!(
            expected_list(&[Rule::EOI, Rule::comment]),
            "the end of the line"
        );
    }
}
