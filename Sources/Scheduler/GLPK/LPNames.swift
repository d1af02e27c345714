/// Turns model names into names that GLPK writes and reads back unchanged in CPLEX LP and free MPS.
///
/// Measured with GLPK 5.0: `glp_set_col_name` accepts any name up to 255 characters, but
/// `glp_write_lp` replaces a name it finds invalid by `x_N` / `r_N` (so `cover[voice,Mon_09:00]`
/// became `x_1`), maps `-` to `~` and `[`/`]` to `(`/`)` without checking for collisions (`a-b`
/// and `a~b` were both written `a~b`, and `glpsol` then refused the file: "multiple use of
/// variable"), and writes names like `inf` that the reader takes for a keyword. So names are made
/// valid here, in one place, before they reach GLPK:
///
/// - characters: letters, digits and ``!"#$%&()/,.;?@_`'{}|~`` (GLPK's CPLEX LP set); `[` and `]`
///   become `(` and `)`, `:` becomes `.`, a space becomes `_`, anything else becomes `_`;
/// - a name starting with a digit, `.`, `e` or `E` (read as an exponent), or equal to a keyword
///   (`inf`, `free`, `st`, `end`...) gets a leading `_`;
/// - an empty name becomes `c1`, `c2`... for columns and `r1`, `r2`... for rows (1-based, as GLPK);
/// - at most 240 characters, then `~2`, `~3`... until the name is unique among its kind.
///
/// Example: `cover[voice,Mon 09:00]` becomes `cover(voice,Mon_09.00)`.
enum LPNames {
  /// The objective's name; no row may take it.
  static let objective = "obj"

  private static let allowedPunctuation = Set("!\"#$%&()/,.;?@_`'{}|~")
  private static let keywords: Set<String> = [
    "inf", "infinity", "free", "st", "s.t.", "st.", "subject", "such", "bound", "bounds",
    "general", "generals", "gen", "integer", "integers", "int", "binary", "binaries", "bin",
    "minimize", "minimise", "minimum", "min", "maximize", "maximise", "maximum", "max", "end",
    "obj",
  ]

  /// Valid, unique names for the given names; `fallbackPrefix` names empty ones.
  static func sanitized(_ names: [String], fallbackPrefix: String, reserved: Set<String> = [])
    -> [String]
  {
    var used = reserved
    return names.enumerated().map { index, name in
      var base = sanitized(name)
      if base.isEmpty { base = "\(fallbackPrefix)\(index + 1)" }
      var candidate = base
      var suffix = 2
      while used.contains(candidate) {
        candidate = "\(base)~\(suffix)"
        suffix += 1
      }
      used.insert(candidate)
      return candidate
    }
  }

  /// One name made valid, without the uniqueness step; empty stays empty.
  static func sanitized(_ name: String) -> String {
    var result = String()
    for character in name.prefix(240) {
      switch character {
      case "[": result.append("(")
      case "]": result.append(")")
      case ":": result.append(".")
      case _ where character.isASCII && (character.isLetter || character.isNumber):
        result.append(character)
      case _ where allowedPunctuation.contains(character): result.append(character)
      default: result.append("_")
      }
    }
    if let first = result.first,
      first.isNumber || first == "." || first == "e" || first == "E"
        || keywords.contains(result.lowercased())
    {
      result.insert("_", at: result.startIndex)
    }
    return result
  }
}
