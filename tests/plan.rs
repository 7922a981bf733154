//! The values `wodc compile` works out, with the expected numbers written by hand.

mod support;

use support::NoFiles;

use wodc::ast::{Effort, Mass, MassUnit, NumberOrRange, Reps, Weekday};
use wodc::levels::Levels;
use wodc::plan::{self, ComputedLoad, SetKind};
use wodc::source::SourceMap;
use wodc::vocabulary::Muscle;

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
            let quads = figures.get(wodc::vocabulary::Muscle::Quads);
            // Twice a week: (3 + 1) sets, 1 intensified; 3 + (1 + 2/2) fatigue units.
            assert_eq!((quads.hard_sets, quads.intensified_sets), (8, 2));
            assert_eq!(quads.fatigue_units, 10.0);
            let glutes = figures.get(wodc::vocabulary::Muscle::Glutes);
            assert_eq!(glutes.hard_sets, 6);
            assert_eq!(
                plan.weeks[0].sessions[0].exercises[1].sets[0].reps,
                Reps::Exact(12)
            );
        },
    );
}

/// The loads and reps of every work set of an exercise, in order.
fn work(exercise: &plan::Exercise<'_>) -> Vec<(Reps, Option<ComputedLoad>)> {
    exercise
        .sets
        .iter()
        .filter(|s| s.kind == SetKind::Work)
        .map(|s| (s.reps, s.load))
        .collect()
}

fn of_kind(exercise: &plan::Exercise<'_>, kind: SetKind) -> Vec<Option<ComputedLoad>> {
    exercise
        .sets
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.load)
        .collect()
}

#[test]
fn a_five_three_one_wave_from_a_max_with_back_off_sets() {
    with_plan(
        r#"program "Wave"
max Back Squat: 200kg
block "Wave" weeks 1-4 {
  session "Squat" on mon {
    Back Squat: 3 x 5/3/1/5 @ 75%/85%/90%/65%, backoff 2 x 5 @ -10%
  }
}
"#,
        |plan| {
            let squat = |week: usize| &plan.weeks[week].sessions[0].exercises[0];
            // 75%, 85%, 90% and 65% of 200kg; the back-offs 10% lighter, snapped to 2.5kg.
            let expected = [
                (Reps::Exact(5), 150.0, 135.0),
                (Reps::Exact(3), 170.0, 152.5),
                (Reps::Exact(1), 180.0, 162.5),
                (Reps::Exact(5), 130.0, 117.5),
            ];
            for (week, (reps, top, backoff)) in expected.into_iter().enumerate() {
                assert_eq!(
                    work(squat(week)),
                    vec![(reps, kg(top)); 3],
                    "week {}",
                    week + 1
                );
                assert_eq!(of_kind(squat(week), SetKind::Backoff), vec![kg(backoff); 2]);
            }
            // Back-off sets come after the work sets.
            let kinds: Vec<SetKind> = squat(0).sets.iter().map(|s| s.kind).collect();
            assert_eq!(kinds[3..], [SetKind::Backoff, SetKind::Backoff]);
        },
    );
}

#[test]
fn warm_ups_come_first_with_their_loads_and_count_nowhere() {
    with_plan(
        r#"program "Warm-ups"
block "A" weeks 1-1 {
  session "Push" on mon {
    Bench Press: 3 x 5 @ 100kg, warmup 10 5@40% 3@60% 1@85%
  }
}
"#,
        |plan| {
            let bench = &plan.weeks[0].sessions[0].exercises[0];
            // An empty bar, then 40%, 60% and 85% of the 100kg working load (85 snaps to 85).
            assert_eq!(
                of_kind(bench, SetKind::Warmup),
                [None, kg(40.0), kg(60.0), kg(85.0)]
            );
            assert_eq!(bench.sets[0].kind, SetKind::Warmup);
            assert_eq!(bench.sets[4].kind, SetKind::Work);
            // Only the three work sets count.
            let chest = plan.model.weeks[0].figures.get(Muscle::Chest);
            assert_eq!(chest.hard_sets, 3);
        },
    );
}

#[test]
fn a_progression_per_session_steps_at_every_occurrence() {
    with_plan(
        r#"program "Linear"
athlete beginner
block "A" weeks 1-2 {
  session "Full body" on mon, wed, fri {
    Back Squat: 3 x 5 @ 60kg, progress +2.5kg/session
  }
}
"#,
        |plan| {
            let loads: Vec<Option<ComputedLoad>> = plan
                .weeks
                .iter()
                .flat_map(|w| &w.sessions)
                .map(|s| work(&s.exercises[0])[0].1)
                .collect();
            assert_eq!(
                loads,
                [60.0, 62.5, 65.0, 67.5, 70.0, 72.5].map(kg),
                "mon, wed, fri of week 1, then of week 2"
            );
        },
    );
}

#[test]
fn reps_and_effort_progress_each_week_within_their_bounds() {
    with_plan(
        r#"program "Reps"
block "A" weeks 1-5 {
  session "Legs" on mon {
    Leg Press: 3 x 8-10 @ 100kg RIR 3, progress +1 rep/week, progress -1 RIR/week
    Leg Curl: 3 x 10 @ 40kg RPE 8, progress +1 RPE/week
  }
}
"#,
        |plan| {
            let set =
                |week: usize, line: usize| &plan.weeks[week].sessions[0].exercises[line].sets[0];
            assert_eq!(set(1, 0).reps, Reps::Range(9, 11));
            assert_eq!(set(4, 0).reps, Reps::Range(12, 14));
            let rir = |n| Some(Effort::Rir(NumberOrRange::Number(n)));
            assert_eq!(set(1, 0).effort, rir(2.0));
            assert_eq!(set(4, 0).effort, rir(0.0), "never under RIR 0");
            let rpe = |n| Some(Effort::Rpe(NumberOrRange::Number(n)));
            assert_eq!(set(1, 1).effort, rpe(9.0));
            assert_eq!(set(4, 1).effort, rpe(10.0), "never over RPE 10");
        },
    );
}

#[test]
fn a_derived_deload_is_lighter_and_easier() {
    with_plan(
        r#"program "Deload"
athlete intermediate
block "Build" weeks 1-3 {
  session "Legs" on mon for 90min {
    Leg Press: 4 x 10 @ 150kg RPE 8, progress +10kg/week
    Leg Curl: 3 x 10 @ 40kg failure, backoff 3 x 12 @ -20%
    Pull-Up: 3 x 6 @ BW+20kg RIR 1
  }
}
block "Rest" week 4 deload
"#,
        |plan| {
            let session = &plan.weeks[3].sessions[0];
            let press = &session.exercises[0];
            // 90% of week 3's 170kg is 153kg, snapped to 152.5kg; RPE 8 eased to 6.
            assert_eq!(work(press), vec![(Reps::Exact(10), kg(152.5)); 2]);
            let rpe = |n| Some(Effort::Rpe(NumberOrRange::Number(n)));
            assert_eq!(press.sets[0].effort, rpe(6.0));
            // failure becomes RIR 2; 3 back-off sets halved to 2, 20% below 36kg.
            let curl = &session.exercises[1];
            assert_eq!(
                curl.sets[0].effort,
                Some(Effort::Rir(NumberOrRange::Number(2.0)))
            );
            assert_eq!(
                work(curl),
                vec![(Reps::Exact(10), kg(35.0)); 2],
                "36 snaps to 35"
            );
            assert_eq!(
                of_kind(curl, SetKind::Backoff),
                vec![kg(27.5); 2],
                "28 snaps to 27.5"
            );
            // Bodyweight stays bodyweight; the added 20kg is cut to 18kg, snapped to 17.5kg.
            let pull_up = &session.exercises[2];
            assert_eq!(
                pull_up.sets[0].load,
                Some(ComputedLoad::Bodyweight {
                    plus: Some(Mass {
                        value: 17.5,
                        unit: MassUnit::Kg
                    })
                })
            );
            assert_eq!(
                pull_up.sets[0].effort,
                Some(Effort::Rir(NumberOrRange::Number(3.0)))
            );
            // The written 90 minutes give way to the estimate.
            assert!(session.duration_estimated);
        },
    );
}

#[test]
fn a_share_of_another_lifts_max() {
    with_plan(
        r#"program "Of"
max Back Squat: 200kg
block "A" weeks 1-1 {
  session "Legs" on mon {
    Front Squat: 3 x 5 @ 70% of Back Squat
    Pause Squat: 3 x 3 @ 60% of "Back Squat" RPE 7
    Leg Press: 3 x 10 @ 50% of Deadlift
  }
}
"#,
        |plan| {
            let exercises = &plan.weeks[0].sessions[0].exercises;
            assert_eq!(exercises[0].sets[0].load, kg(140.0));
            assert_eq!(exercises[1].sets[0].load, kg(120.0));
            // No max of the deadlift: the percentage stays, naming whose max it is.
            assert!(matches!(
                exercises[2].sets[0].load,
                Some(ComputedLoad::Percent {
                    percent: 50.0,
                    of: Some(_)
                })
            ));
            assert_eq!(exercises[2].max_of, Some("Deadlift"));
        },
    );
}

#[test]
fn written_loads_stay_as_written_and_computed_ones_snap_to_their_equipment() {
    with_plan(
        r#"program "Dumbbells"
round 2.5kg
round dumbbell 2kg
block "A" weeks 1-2 {
  session "Back" on mon {
    Dumbbell Row: 3 x 10 @ 32kg
    Dumbbell Curl: 3 x 10 @ 24kg, progress +5%/week
    Leg Press: 3 x 10 @ 101kg
    Leg Curl: 3 x 10 @ 41kg, progress +1kg/week
  }
}
"#,
        |plan| {
            let load = |week: usize, line: usize| {
                plan.weeks[week].sessions[0].exercises[line].sets[0].load
            };
            assert_eq!(load(0, 0), kg(32.0), "written: kept");
            assert_eq!(load(0, 1), kg(24.0), "written: kept");
            assert_eq!(
                load(1, 1),
                kg(26.0),
                "25.2kg computed, snapped to 2kg dumbbells"
            );
            assert_eq!(load(0, 2), kg(101.0), "written: kept");
            assert_eq!(load(1, 3), kg(42.5), "42kg computed, snapped to 2.5kg");
        },
    );
}

#[test]
fn conditioning_distances_and_per_side_work() {
    with_plan(
        r#"program "Finisher"
block "A" weeks 1-1 {
  session "Finisher" on mon {
    Rower: 2km
    Farmer's Carry: 3 x 40m @ 32kg
    Bulgarian Split Squat: 3 x 10 each @ 20kg, rest 60s
    Assault Bike: 10min @ RPE 7
  }
}
"#,
        |plan| {
            let exercises = &plan.weeks[0].sessions[0].exercises;
            assert_eq!(exercises[0].sets.len(), 1, "one continuous set");
            assert!(matches!(exercises[0].sets[0].reps, Reps::Distance(_)));
            assert_eq!(exercises[1].sets.len(), 3);
            assert!(exercises[2].each);
            assert!(matches!(exercises[3].sets[0].reps, Reps::Hold(d) if d.seconds == 600.0));
            // Conditioning counts for nothing: only the split squats' 3 sets count.
            let quads = plan.model.weeks[0].figures.get(Muscle::Quads);
            assert_eq!(quads.hard_sets, 3);
            // 2km at 5 min/km + 1 min rest; 3 carries of 40m (12s) + 1 min rest each;
            // 3 split squats of 10 reps each side (60s) + 60s rest; 10 min + 1 min.
            let seconds =
                (600.0 + 60.0) + 3.0 * (12.0 + 60.0) + 3.0 * (60.0 + 60.0) + (600.0 + 60.0);
            let minutes = (seconds / 60.0_f64).ceil() as u32;
            assert_eq!(plan.weeks[0].sessions[0].duration_min, minutes);
        },
    );
}
