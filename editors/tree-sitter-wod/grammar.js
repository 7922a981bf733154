/**
 * @file Tree-sitter grammar for `.wod`, language version 0.2.
 * @license MIT OR Apache-2.0
 *
 * The language reference is `docs/language.md` in the wodc repository. This grammar is for
 * editors (highlighting, folding, indentation, outlines); `wodc check` stays the judge of
 * what is valid, so where the two could differ the grammar is the more forgiving one:
 * enumerated words (`goal hypertrophy`, `equipment machine`, rule names, days) are plain
 * identifiers here, and a misspelt one still gives a well-formed line.
 *
 * The language is line-oriented: a statement ends at the end of its line. Line ends are
 * therefore real tokens (`_newline`), and only spaces, tabs, a byte-order mark and
 * comments are extras. A bad line becomes an ERROR node and the lines around it still
 * parse, because every body item ends at a `_newline` that recovery can resynchronise on.
 *
 * Two tokens cannot be regular expressions and come from `src/scanner.c`:
 * - an exercise name written bare, which is free text up to the colon
 *   (`Chest-Supported Row: ...`), trimmed;
 * - the name after `of` in `70% of Back Squat`, which runs to the next comma, effort word
 *   (`RPE`, `RIR`, `failure`) or end of line, trimmed.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

/** A case-insensitive literal (the spec matches RPE, RIR, AMRAP, BW and units in any case). */
function ci(word) {
  return new RegExp(
    word
      .split('')
      .map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c))
      .join(''),
  );
}

/** `rule (sep rule)*` */
function sep1(rule, sep) {
  return seq(rule, repeat(seq(sep, rule)));
}

/** `rule (sep rule)+`: a list of at least two, as week-by-week values are. */
function sep2(rule, sep) {
  return seq(rule, repeat1(seq(sep, rule)));
}

const NUMBER = /\d+(\.\d+)?/;
const num = NUMBER.source;
const unit = (...words) => words.map((w) => ci(w).source).join('|');

module.exports = grammar({
  name: 'wod',

  // No `\n` here: line ends are significant.
  extras: ($) => [/[ \t\uFEFF]/, $.comment],

  externals: ($) => [
    $._bare_name,
    $._of_name,
    // Never used by a rule: when the parser asks for it, it is recovering from an error
    // and the scanner declines to guess (see scanner.c).
    $._error_sentinel,
  ],

  rules: {
    // The last line may lack its line end.
    source_file: ($) =>
      seq(
        repeat(choice($._newline, seq($._top_statement, $._newline))),
        optional($._top_statement),
      ),

    _top_statement: ($) =>
      choice(
        $.program_statement,
        $.athlete_statement,
        $.goal_statement,
        $.phase_statement,
        $.units_statement,
        $.start_statement,
        $.timezone_statement,
        $.round_statement,
        $.max_statement,
        $.import_statement,
        $.level_statement,
        $.exercise_definition,
        $.block,
      ),

    // ---------------------------------------------------------------------------------
    // Header statements

    program_statement: ($) => seq('program', field('name', $.string)),
    athlete_statement: ($) => seq('athlete', field('value', $.identifier)),
    goal_statement: ($) => seq('goal', field('value', $.identifier)),
    phase_statement: ($) => seq('phase', field('value', $.identifier)),
    units_statement: ($) => seq('units', field('value', $.identifier)),
    start_statement: ($) => seq('start', field('date', $.date)),
    timezone_statement: ($) => seq('timezone', field('zone', $.timezone)),
    // `round 2.5kg` or, per kind of equipment, `round dumbbell 2kg`.
    round_statement: ($) =>
      seq('round', optional(field('equipment', $.identifier)), field('step', $.mass)),
    max_statement: ($) =>
      seq('max', field('exercise', $._exercise), ':', field('mass', $.mass)),
    import_statement: ($) => seq('import', field('path', $.string)),
    // `allow RULE`, `warn RULE`, `deny RULE`: at the top, in a block or in a session.
    level_statement: ($) =>
      seq(
        field('level', choice('allow', 'warn', 'deny')),
        field('rule', alias($.identifier, $.rule_name)),
      ),

    // ---------------------------------------------------------------------------------
    // Exercise definitions

    exercise_definition: ($) =>
      seq(
        'exercise',
        field('name', $.string),
        '{',
        $._newline,
        repeat(choice($._newline, seq($._property, $._newline))),
        '}',
      ),

    _property: ($) =>
      choice(
        $.equipment_property,
        $.mechanic_property,
        $.muscles_property,
        $.skill_property,
        $.aliases_property,
      ),
    equipment_property: ($) => seq('equipment', field('value', $.identifier)),
    // compound | isolation | conditioning (0.2)
    mechanic_property: ($) => seq('mechanic', field('value', $.identifier)),
    muscles_property: ($) => seq('muscles', sep1(field('muscle', $.identifier), ',')),
    skill_property: ($) => seq('skill', field('value', $.identifier)),
    aliases_property: ($) => seq('aliases', sep1(field('alias', $.string), ',')),

    // ---------------------------------------------------------------------------------
    // Blocks and sessions

    // `block "NAME" weeks 1-4 [deload] { ... }`, `block "NAME" week 5 deload` (no body),
    // `block "NAME" weeks 6-9 repeats "OTHER"`. The modifiers are taken in any order and
    // a body is always optional: which combinations mean something is wodc's business.
    block: ($) =>
      seq(
        'block',
        field('name', $.string),
        field('weeks', $.week_span),
        repeat(choice(field('deload', 'deload'), $.repeats_clause)),
        optional(
          seq(
            '{',
            $._newline,
            repeat(choice($._newline, seq($._block_item, $._newline))),
            '}',
          ),
        ),
      ),
    week_span: ($) =>
      choice(
        seq('weeks', field('first', $.number), '-', field('last', $.number)),
        seq('week', field('first', $.number)),
      ),
    repeats_clause: ($) => seq('repeats', field('block', $.string)),

    _block_item: ($) => choice($.session, $.level_statement),

    // `session "NAME" [on DAY, DAY] [at HH:MM] [for DURATION] { ... }`
    session: ($) =>
      seq(
        'session',
        field('name', $.string),
        optional(field('days', $.days)),
        optional(seq('at', field('time', $.clock_time))),
        optional(seq('for', field('duration', $.duration))),
        '{',
        $._newline,
        repeat(choice($._newline, seq($._session_item, $._newline))),
        '}',
      ),
    days: ($) => seq('on', sep1(alias($.identifier, $.day), ',')),

    _session_item: ($) =>
      choice($.prescription, $.superset, $.session_note, $.level_statement),

    // (0.2) a note for the whole session, on a line of its own.
    session_note: ($) => seq('note', field('text', $.string)),

    superset: ($) =>
      seq(
        'superset',
        optional(seq('rest', field('rest', $.duration))),
        '{',
        $._newline,
        repeat(choice($._newline, seq($.prescription, $._newline))),
        '}',
      ),

    // ---------------------------------------------------------------------------------
    // Prescriptions
    //
    //   EXERCISE: SETS x REPS [each] [@ INTENSITY] [, CLAUSE]*
    //   EXERCISE: AMOUNT [@ INTENSITY] [, CLAUSE]*        (0.2: one continuous set)

    prescription: ($) =>
      seq(
        field('exercise', $._exercise),
        ':',
        choice(
          seq(field('sets', $._sets), $._times, field('reps', $._reps)),
          field('amount', choice($.duration, $.distance)),
        ),
        optional('each'),
        optional(seq('@', $._intensity)),
        repeat(seq(',', $._clause)),
      ),

    _exercise: ($) => choice(alias($._bare_name, $.exercise_name), $.string),

    _times: (_) => choice('x', 'X', '×'),

    _sets: ($) => choice($.number, alias($._sets_list, $.week_list)),
    _sets_list: ($) => sep2($.number, '/'),

    _reps: ($) => choice($._rep, alias($._reps_list, $.week_list)),
    _reps_list: ($) => sep2($._rep, '/'),
    // A number, a range, AMRAP, a hold, or (0.2) a distance.
    _rep: ($) => choice($.number, $.range, $.amrap, $.duration, $.distance),

    range: ($) => seq(field('low', $.number), '-', field('high', $.number)),

    // A load, an effort, or a load then an effort.
    _intensity: ($) =>
      choice(
        seq(field('load', $._loads), optional(field('effort', $.effort))),
        field('effort', $.effort),
      ),

    _loads: ($) => choice($._load, alias($._load_list, $.week_list)),
    _load_list: ($) => sep2($._load, '/'),
    _load: ($) => choice($.mass, $.percent, $.percent_of, $.bodyweight),

    // (0.2) `70% of Back Squat`, `70% of "Back Squat"`
    percent_of: ($) =>
      seq(
        field('share', $.percent),
        'of',
        field('exercise', choice(alias($._of_name, $.exercise_name), $.string)),
      ),

    // `BW`, `BW+10kg`, `BW-20kg`
    bodyweight: ($) =>
      seq(alias(ci('bw'), 'BW'), optional(seq(field('sign', choice('+', '-')), field('mass', $.mass)))),

    // `RPE 8`, `RPE 7-8`, `RIR 2`, `failure`, and (0.2) lists such as `RPE 7/8/9`.
    effort: ($) =>
      choice(
        seq(field('kind', choice($._rpe, $._rir)), field('value', $._effort_values)),
        alias(ci('failure'), 'failure'),
      ),
    _rpe: (_) => alias(ci('rpe'), 'RPE'),
    _rir: (_) => alias(ci('rir'), 'RIR'),
    _effort_values: ($) => choice($.number, $.range, alias($._effort_list, $.week_list)),
    _effort_list: ($) => sep2(choice($.number, $.range), '/'),

    // ---------------------------------------------------------------------------------
    // Clauses

    _clause: ($) =>
      choice(
        $.rest_clause,
        $.tempo_clause,
        $.progress_clause,
        $.note_clause,
        $.warmup_clause,
        $.backoff_clause,
        $.drop_set,
        $.drop_to,
        $.mechanical_drop,
        $.rest_pause,
        $.myo_reps,
      ),

    rest_clause: ($) => seq('rest', field('duration', $.duration)),
    tempo_clause: ($) => seq('tempo', field('tempo', $.tempo)),
    note_clause: ($) => seq('note', field('text', $.string)),

    // `progress +2.5kg/week`, `+5%/week`, `+1 set/week`, (0.2) `+1 rep/week`,
    // `-1 RIR/week`, `+0.5 RPE/week`, and any of them `/session`.
    progress_clause: ($) =>
      seq(
        'progress',
        field('sign', choice('+', '-')),
        field(
          'step',
          choice(
            $.mass,
            $.percent,
            seq($.number, field('unit', choice('set', 'sets', 'rep', 'reps', $._rpe, $._rir))),
          ),
        ),
        '/',
        field('per', choice('week', 'session')),
      ),

    // (0.2) `warmup 5@40% 3@60% 10@BW 10`
    warmup_clause: ($) => seq('warmup', repeat1($.warmup_step)),
    warmup_step: ($) =>
      seq(
        field('reps', $.number),
        optional(seq('@', field('load', choice($.mass, $.percent, $.bodyweight)))),
      ),

    // (0.2) `backoff 3 x 5 @ -10% RPE 8`: `-P%` is lighter than the line's load.
    backoff_clause: ($) =>
      seq(
        'backoff',
        field('sets', $._sets),
        $._times,
        field('reps', $._reps),
        optional(
          choice(
            seq('@', field('load', choice($._load, $.relative_percent)), optional(field('effort', $.effort))),
            seq(optional('@'), field('effort', $.effort)),
          ),
        ),
      ),
    relative_percent: ($) => seq('-', $.percent),

    // Techniques: at most one per line (wodc checks that, not the grammar).
    drop_set: ($) => seq('drop', repeat1(field('drop', $.percent))),
    drop_to: ($) => seq('drop', 'to', repeat1(field('load', choice($.mass, $.percent)))),
    mechanical_drop: ($) => seq('mechanical', 'drop', repeat1(field('exercise', $.string))),
    rest_pause: ($) => seq('rest-pause', $._mini_sets),
    myo_reps: ($) => seq('myo-reps', $._mini_sets),
    _mini_sets: ($) =>
      seq(
        field('sets', $.number),
        $._times,
        field('reps', $._rep),
        optional(seq('pause', field('pause', $.duration))),
      ),

    // ---------------------------------------------------------------------------------
    // Tokens

    comment: (_) => token(seq('//', /[^\r\n]*/)),
    // `\"` and `\\` are the only escapes wodc knows; any other is let through here and
    // reported by wodc. A string never spans lines.
    string: (_) => token(seq('"', repeat(choice(/[^"\\\r\n]/, /\\[^\r\n]/)), '"')),
    identifier: (_) => /[A-Za-z_][A-Za-z0-9_-]*/,

    number: (_) => NUMBER,
    // `80kg`, `2.5kg`, `185lb` (`lbs` is read and rewritten `lb` by `wodc fmt`).
    mass: (_) => token(new RegExp(`${num}(${unit('kg', 'lbs', 'lb')})`)),
    percent: (_) => token(new RegExp(`${num}%`)),
    // `90s`, `3min`, `1min30s`, `1h`
    duration: (_) => token(new RegExp(`(${num}(${unit('min', 's', 'h')}))+`)),
    // (0.2) `40m`, `1.5km`, `50yd`, `1mi`: `m` is metres, minutes are `min`.
    distance: (_) => token(new RegExp(`${num}(${unit('km', 'm', 'yd', 'mi')})`)),
    amrap: (_) => ci('amrap'),
    // eccentric-pause-concentric-pause, `X` for explosive: `3-1-X-0`
    tempo: (_) => /[0-9xX]+-[0-9xX]+-[0-9xX]+-[0-9xX]+/,
    date: (_) => /\d{4}-\d{2}-\d{2}/,
    clock_time: (_) => /\d{1,2}:\d{2}/,
    // IANA zone: `Europe/Rome`, `America/Argentina/Buenos_Aires`, `Etc/GMT+1`, `UTC`.
    timezone: (_) => /[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*/,

    _newline: (_) => /\r?\n/,
  },
});
