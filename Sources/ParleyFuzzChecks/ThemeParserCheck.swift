import ParleyUI

extension FuzzCheck {
    /// Parses the bytes as a theme file: a theme, or problems that each have a position.
    public static let themeParser = FuzzCheck(target: "FuzzThemeParser") { bytes in
        for problem in ThemeCatalog.problems(parsing: bytes, file: "fuzz.yaml")
        where problem.line < 1 || problem.column < 1 {
            return "a theme problem without a position: \(problem)"
        }
        return nil
    }
}
