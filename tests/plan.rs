//! The values `wodc compile` works out, with the expected numbers written by hand.

mod support;

use support::NoFiles;

use wodc::ast::{Mass, MassUnit, Reps, Weekday};
use wodc::levels::Levels;
use wodc::plan::{self, ComputedLoad};
use wodc::source::SourceMap;

/// Checks a program that must have no errors, and hands its plan to `inspect`.
fn with_plan(program: &str, inspect: impl FnOnce(&plan::Plan<'_>)) {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "test.wod",
        None,
        program.as_bytes(),
        &NoFiles,
        &Levels::default(),
    );
    assert!(!analysis.has_errors(), "{:#?}", analysis.diagnostics);
    inspect(&plan::build(&analysis.model).expect("a small program"));
}

fn mass(value: f64, unit: MassUnit) -> Option<ComputedLoad> {
    Some(ComputedLoad::Mass(Mass { value, unit }))
}

fn kg(value: f64) -> Option<ComputedLoad> {
    mass(value, MassUnit::Kg)
}

#[test]
fn drop_loads_are_cut_from_the_load_just_used_and_snapped() {
    // The example of language.md: 35lb, drop 25% 25%, round 5lb gives 35, 25, 20.
    with_plan(
        r#"program "Drops"
units lb
round 5lb
block "A" weeks 1-1 {
  session "Arms" on mon {
    Dumbbell Curl: 1 x 10 @ 35lb, drop 25% 25%
  }
}
"#,
        |plan| {
            let set = &plan.weeks[0].sessions[0].exercises[0].sets[0];
            assert_eq!(set.load, mass(35.0, MassUnit::Lb));
            assert_eq!(
                set.drops,
                vec![mass(25.0, MassUnit::Lb), mass(20.0, MassUnit::Lb)]
            );
        },
    );
}

#[test]
fn progress_starts_in_the_second_week_of_each_block() {
    with_plan(
        r#"program "Progress"
block "A" weeks 1-3 {
  session "Push" on mon {
    Bench Press: 3 x 5 @ 80kg, progress +2.5kg/week
    Dips: 3 x 8 @ BW+10kg, progress +2.5kg/week
    Lat Pulldown: 3 x 10 @ 60kg, progress +5%/week
    Cable Fly: 2 x 12 @ 15kg, progress +1 set/week
  }
}
block "B" weeks 4-5 {
  session "Push" on mon {
    Bench Press: 3 x 5 @ 85kg, progress +2.5kg/week
  }
}
"#,
        |plan| {
            let load = |week: usize, exercise: usize| {
                plan.weeks[week].sessions[0].exercises[exercise].sets[0].load
            };
            let bench: Vec<_> = (0..5).map(|w| load(w, 0)).collect();
            assert_eq!(
                bench,
                vec![kg(80.0), kg(82.5), kg(85.0), kg(85.0), kg(87.5)]
            );
            let plus = |value| {
                Some(ComputedLoad::Bodyweight {
                    plus: Some(Mass {
                        value,
                        unit: MassUnit::Kg,
                    }),
                })
            };
            assert_eq!([load(0, 1), load(2, 1)], [plus(10.0), plus(15.0)]);
            // 5% of 60kg a week, not compounded: 60, 63 (snapped to 62.5), 66 (65).
            let pulldown: Vec<_> = (0..3).map(|w| load(w, 2)).collect();
            assert_eq!(pulldown, vec![kg(60.0), kg(62.5), kg(65.0)]);
            let fly_sets: Vec<_> = (0..3)
                .map(|w| plan.weeks[w].sessions[0].exercises[3].sets.len())
                .collect();
            assert_eq!(fly_sets, vec![2, 3, 4]);
        },
    );
}

#[test]
fn percentages_become_masses_from_a_max_in_any_unit() {
    with_plan(
        r#"program "Percent"
units kg
max Back Squat: 140kg
max Bench Press: 225lb
block "A" weeks 1-2 {
  session "Heavy" on mon {
    Back Squat: 3 x 5 @ 75%, progress +2.5%/week
    Bench Press: 3 x 5 @ 75%
    Deadlift: 3 x 5 @ 70%
  }
}
"#,
        |plan| {
            let exercises = |week: usize| &plan.weeks[week].sessions[0].exercises;
            // 75% of 140kg is 105; in week 2, 77.5% is 108.5, snapped to 107.5.
            assert_eq!(exercises(0)[0].sets[0].load, kg(105.0));
            assert_eq!(exercises(1)[0].sets[0].load, kg(107.5));
            // 225lb is 102.06kg; 75% is 76.54kg, snapped to 77.5.
            assert_eq!(exercises(0)[1].sets[0].load, kg(77.5));
            // No max for the deadlift: the percentage stays.
            assert_eq!(
                exercises(0)[2].sets[0].load,
                Some(ComputedLoad::Percent {
                    percent: 70.0,
                    of: None
                })
            );
        },
    );
}

#[test]
fn computed_loads_snap_to_the_nearest_step_halfway_up_and_written_ones_stay() {
    with_plan(
        r#"program "Round"
round 2kg
max Leg Extension: 82kg
max Leg Curl: 81.8kg
block "A" weeks 1-1 {
  session "S" on mon {
    Leg Extension: 1 x 10 @ 50%
    Leg Curl: 1 x 10 @ 50%
    Leg Press: 1 x 10 @ 41kg
  }
}
"#,
        |plan| {
            let exercises = &plan.weeks[0].sessions[0].exercises;
            assert_eq!(
                exercises[0].sets[0].load,
                kg(42.0),
                "41 is halfway between 40 and 42"
            );
            assert_eq!(exercises[1].sets[0].load, kg(40.0), "40.9 is nearer 40");
            assert_eq!(exercises[2].sets[0].load, kg(41.0), "written, so kept");
        },
    );
}

#[test]
fn a_deload_without_a_body_halves_the_last_week_lightens_and_drops_techniques() {
    with_plan(
        r#"program "Deload"
athlete intermediate
block "Build" weeks 1-3 {
  session "Legs" on mon {
    Leg Press: 5 x 10 @ 150kg, progress +10kg/week
    Leg Extension: 3 x 12 @ 50kg, drop 25%
  }
}
block "Rest" week 4 deload
"#,
        |plan| {
            let deload = &plan.weeks[3];
            assert!(deload.deload);
            assert_eq!(deload.block_name, "Rest");
            let press = &deload.sessions[0].exercises[0];
            assert_eq!(press.sets.len(), 3, "5 sets halved, rounded up");
            assert_eq!(
                press.sets[0].load,
                kg(152.5),
                "90% of the block's last week, 170kg: 153, snapped to 152.5"
            );
            let extension = &deload.sessions[0].exercises[1];
            assert_eq!(extension.sets.len(), 2);
            assert!(extension.technique.is_none());
            assert!(extension.sets[0].drops.is_empty());
            assert_eq!(extension.sets[0].load, kg(45.0), "90% of 50kg");
        },
    );
}

#[test]
fn occurrences_are_dated_from_start_in_week_order() {
    // 2026-01-07 is a Wednesday, so week 1 runs from Wednesday to Tuesday.
    with_plan(
        r#"program "Dates"
start 2026-01-07
block "A" weeks 1-2 {
  session "Full" on mon, wed {
    Leg Press: 3 x 10 @ 100kg
  }
  session "Mobility" {
    Plank: 3 x 30s
  }
}
"#,
        |plan| {
            let week = |n: usize| -> Vec<(Option<Weekday>, Option<String>)> {
                plan.weeks[n]
                    .sessions
                    .iter()
                    .map(|s| (s.day, s.date.map(|d| d.to_string())))
                    .collect()
            };
            assert_eq!(
                week(0),
                vec![
                    (Some(Weekday::Wed), Some("2026-01-07".into())),
                    (Some(Weekday::Mon), Some("2026-01-12".into())),
                    (None, None),
                ]
            );
            assert_eq!(week(1)[0].1.as_deref(), Some("2026-01-14"));
        },
    );
}

#[test]
fn supersets_are_labelled_and_rest_only_after_the_last_member() {
    with_plan(
        r#"program "Supersets"
block "A" weeks 1-1 {
  session "Arms" on mon {
    Bench Press: 3 x 5 @ 80kg, rest 3min
    superset rest 90s {
      Dumbbell Curl: 3 x 10 @ 12kg
      Triceps Pushdown: 3 x 10 @ 30kg
    }
    superset {
      Lateral Raise: 3 x 15 @ 8kg
      Face Pull: 3 x 15 @ 20kg
    }
  }
}
"#,
        |plan| {
            let exercises = &plan.weeks[0].sessions[0].exercises;
            let labels: Vec<_> = exercises.iter().map(|e| e.superset.as_deref()).collect();
            assert_eq!(
                labels,
                vec![None, Some("A1"), Some("A2"), Some("B1"), Some("B2")]
            );
            let rests: Vec<_> = exercises.iter().map(|e| e.sets[0].rest_s).collect();
            assert_eq!(
                rests,
                vec![Some(180.0), Some(0.0), Some(90.0), Some(0.0), None]
            );
        },
    );
}

#[test]
fn the_session_length_is_written_or_estimated() {
    // Leg Press (compound): 2 sets x (10 reps x 3s + 120s default rest) = 300s.
    // Leg Extension (isolation): 1 set of 10 reps (30s), one drop (10s change + 15s of
    // half the reps), then 60s rest as written = 115s. Total 415s: 7 minutes, rounded up.
    with_plan(
        r#"program "Length"
block "A" weeks 1-1 {
  session "Estimated" on mon {
    Leg Press: 2 x 10 @ 100kg
    Leg Extension: 1 x 10 @ 50kg, drop 25%, rest 60s
  }
  session "Written" on thu for 1h15min {
    Leg Press: 2 x 10 @ 100kg
  }
}
"#,
        |plan| {
            let sessions = &plan.weeks[0].sessions;
            assert_eq!(
                (sessions[0].duration_min, sessions[0].duration_estimated),
                (7, true)
            );
            assert_eq!(
                (sessions[1].duration_min, sessions[1].duration_estimated),
                (75, false)
            );
        },
    );
}

#[test]
fn weekly_figures_count_each_occurrence() {
    with_plan(
        r#"program "Figures"
athlete intermediate
block "A" weeks 1-1 {
  session "Full" on mon, thu {
    Leg Press: 3 x 10 @ 120kg
    Leg Extension: 1 x 12 @ 40kg, rest-pause 2 x 3
  }
}
"#,
        |plan| {
            let figures = &plan.model.weeks[0].figures;
            let quads = figures.get(wodc::catalog::Muscle::Quads);
            // Twice a week: (3 + 1) sets, 1 intensified; 3 + (1 + 2/2) fatigue units.
            assert_eq!((quads.hard_sets, quads.intensified_sets), (8, 2));
            assert_eq!(quads.fatigue_units, 10.0);
            let glutes = figures.get(wodc::catalog::Muscle::Glutes);
            assert_eq!(glutes.hard_sets, 6);
            assert_eq!(
                plan.weeks[0].sessions[0].exercises[1].sets[0].reps,
                Reps::Exact(12)
            );
        },
    );
}
