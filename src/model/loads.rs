//! Load arithmetic: snapping to the program's `round` step.

/// `value` snapped to the nearest multiple of `step`, halfway values up (`language.md`:
/// 26.25 snaps to 25 with a 5lb step, 18.75 to 20). A tiny tolerance keeps values that
/// are halfway on paper from falling short in binary floating point.
pub fn snap(value: f64, step: f64) -> f64 {
    if step <= 0.0 {
        return value;
    }
    let snapped = (value / step + 0.5 + 1e-9).floor() * step;
    // Strip the noise of the multiplication (2.5 * 3 is exactly 7.5, 0.1 * 3 is not).
    (snapped * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::snap;

    #[test]
    fn the_language_reference_example() {
        // 35lb, drop 25% 25%, round 5lb: 35, 25, 20.
        let first = snap(35.0 * 0.75, 5.0);
        assert_eq!(first, 25.0);
        assert_eq!(snap(first * 0.75, 5.0), 20.0);
    }

    #[test]
    fn halfway_snaps_up() {
        assert_eq!(snap(11.25, 2.5), 12.5);
        assert_eq!(snap(11.2, 2.5), 10.0);
        assert_eq!(snap(0.3, 0.1), 0.3);
    }
}
