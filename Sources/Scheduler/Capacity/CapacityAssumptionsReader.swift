import Foundation
import Forecast

/// Reads capacity.yaml (docs/capacity.md, docs/reference.md "capacity.yaml"), naming the file, line
/// and field of any error, with the nearest known key for a misspelt one.
public enum CapacityAssumptionsReader {
  static let keys = [
    "start", "weeks", "fte_hours", "efficiency", "shrinkage", "headcount", "attrition", "hiring",
    "overtime_max", "costs",
  ]
  static let shrinkageKeys = ["default", "by_month"]
  static let attritionKeys = ["training", "ramp", "tenured"]
  static let hiringKeys = ["lead_time", "class_every", "training", "ramp", "class_max", "class_min", "class_starts"]
  static let costKeys = ["fte_week", "hire", "overtime_fte_week", "shortfall_fte_week"]

  /// Reads the file at `path`. `planShrinkage` is the default when capacity.yaml gives none;
  /// `weeks` (from `--weeks`) overrides the file's.
  public static func read(path: String, planShrinkage: Percentage, weeks: Int?) throws(InputError)
    -> CapacityAssumptions
  {
    try read(yaml: PlanReader.readText(path), file: path, planShrinkage: planShrinkage, weeks: weeks)
  }

  public static func read(yaml: String, file: String, planShrinkage: Percentage, weeks override: Int?)
    throws(InputError) -> CapacityAssumptions
  {
    let top = try PlanReader.compose(yaml, file: file).map(known: keys, example: "start: 2027-01-04")
    let start = try top.required("start", example: "2027-01-04").parse(example: "2027-01-04", LocalDate.init(parsing:))
    let weeksField = top.optional("weeks")
    var weeks = try weeksField?.parse(example: "26") { (text) throws(ValueError) in
      try PlanReader.wholeNumber(text, in: 1...104, meaning: "weeks in the horizon")
    }
    if let override { weeks = override }
    guard let weeks else {
      throw InputError(
        file: file, field: "weeks", problem: "is missing", remedy: "add it, like weeks: 26, or pass --weeks 26")
    }
    let fteHours = try top.optional("fte_hours").map { (field) throws(InputError) -> Double in
      let text = try field.text(example: "40")
      guard text.contains(where: \.isLetter) else { return try number(field, default: 40, in: 1...168, example: "40") }
      let hours = try field.parse(example: "37h30m", Duration.init(parsing:)).inSeconds / 3600
      guard (1...168).contains(hours) else { throw field.error("\(text) is outside 1h to 168h", "give the paid hours of one FTE a week, like 40") }
      return hours
    } ?? 40
    let efficiency = try number(top.optional("efficiency"), default: 1, in: 0.5...3, example: "1.1")
    let shrinkage = try readShrinkage(top.optional("shrinkage"), default: planShrinkage)
    let headcount = try top.optional("headcount").map { (field) throws(InputError) in
      try number(field, default: 0, in: 0...1_000_000, example: "100")
    }
    let attrition = try readAttrition(top.required("attrition", example: "{ training: 3%, ramp: 2%, tenured: 1% }"))
    let hiring = try readHiring(
      top.required("hiring", example: "{ lead_time: 2w, class_every: 2w, training: 4w, ramp: [0.5, 0.75], class_max: 12 }"),
      start: start, horizon: weeks)
    let overtime = try top.optional("overtime_max")?.parse(example: "5%", Percentage.init(parsing:))
    let costs = try readCosts(top.optional("costs"))
    return CapacityAssumptions(
      start: start, weeks: weeks, fteHours: fteHours, efficiency: efficiency, shrinkage: shrinkage,
      headcount: headcount, attrition: attrition, hiring: hiring,
      overtimeMax: overtime ?? Percentage(fraction: 0), costs: costs)
  }

  static func readShrinkage(_ field: YAMLField?, default planShrinkage: Percentage)
    throws(InputError) -> CapacityAssumptions.Shrinkage
  {
    guard let field else { return .init(standard: planShrinkage) }
    if field.node.mapping == nil {
      return .init(standard: try field.parse(example: "30%", PlanReader.shrinkage(parsing:)))
    }
    let map = try field.map(known: shrinkageKeys, example: "{ default: 30%, by_month: { 2027-07: 38% } }")
    let standard = try map.optional("default")?.parse(example: "30%", PlanReader.shrinkage(parsing:)) ?? planShrinkage
    var byMonth: [String: Percentage] = [:]
    if let months = map.optional("by_month") {
      for entry in try months.entries(example: "{ 2027-07: 38% }") {
        guard (try? LocalDate(parsing: entry.key + "-01")) != nil, entry.key.count == 7 else {
          throw entry.keyField.error("\"\(entry.key)\" is not a month", "write it like 2027-07")
        }
        byMonth[entry.key] = try entry.value.parse(example: "38%", PlanReader.shrinkage(parsing:))
      }
    }
    return .init(standard: standard, byMonth: byMonth)
  }

  static func readAttrition(_ field: YAMLField) throws(InputError) -> CapacityAssumptions.Attrition {
    let map = try field.map(known: attritionKeys, example: "{ training: 3%, ramp: 2%, tenured: 1% }")
    func rate(_ key: String) throws(InputError) -> Percentage {
      try Self.rate(map.required(key, example: "2%"))
    }
    return .init(training: try rate("training"), ramp: try rate("ramp"), tenured: try rate("tenured"))
  }

  /// A weekly attrition rate below 100 %.
  static func rate(_ field: YAMLField) throws(InputError) -> Percentage {
    try field.parse(example: "2%") { (text) throws(ValueError) in
      let share = try Percentage(parsing: text)
      // A bare 0.8 is 80 % a week: almost surely "0.8 %" without its sign. Weekly rates that high
      // must be written with the sign.
      if !text.contains("%"), share.fraction > 0.2 {
        throw ValueError(
          "\"\(text)\" would be \(share.percentText) of the stage leaving every week",
          remedy: "write \(text.filter { !$0.isWhitespace })% for that share of a percent, or \(share.percentText) if you mean it")
      }
      guard share.fraction < 1 else {
        throw ValueError("\"\(text)\" would empty the stage every week", remedy: "give a weekly rate below 100%, like 2%")
      }
      return share
    }
  }

  /// Productivity per ramp week, each above 0 and at most 1.
  static func readRamp(_ field: YAMLField) throws(InputError) -> [Double] {
    var ramp: [Double] = []
    for item in try field.list(example: "[0.5, 0.75]") {
      ramp.append(try item.parse(example: "0.5") { (text) throws(ValueError) in
        let compact = text.filter { !$0.isWhitespace }
        if let value = Double(compact), value > 1 {
          throw ValueError(
            "a productivity of \(compact) is above 1 (fully productive)", remedy: "give each ramp week a value above 0 up to 1, like 0.75")
        }
        let share = try Percentage(parsing: text)
        guard share.fraction > 0 else {
          throw ValueError("a productivity of 0 is training, not ramp", remedy: "lengthen training instead")
        }
        return share.fraction
      })
    }
    return ramp
  }

  static func readHiring(_ field: YAMLField, start: LocalDate, horizon: Int) throws(InputError) -> CapacityAssumptions.Hiring {
    let map = try field.map(known: hiringKeys, example: "{ lead_time: 2w, class_every: 2w, training: 4w, class_max: 12 }")
    let lead = try weeks(map.required("lead_time", example: "2w"), allowZero: true)
    let training = try weeks(map.required("training", example: "4w"), allowZero: true)
    let ramp = try map.optional("ramp").map { (field) throws(InputError) in try readRamp(field) } ?? []
    let classMax = try map.required("class_max", example: "12").parse(example: "12") { (text) throws(ValueError) in
      try PlanReader.wholeNumber(text, in: 1...10_000, meaning: "hires in one class")
    }
    var hiring = CapacityAssumptions.Hiring(
      leadTimeWeeks: lead, classEveryWeeks: 1, trainingWeeks: training, ramp: ramp, classMax: classMax)
    if let minField = map.optional("class_min") {
      hiring.classMin = try minField.parse(example: "8") { (text) throws(ValueError) in
        try PlanReader.wholeNumber(text, in: 1...classMax, meaning: "hires a class needs to run (at most class_max)")
      }
    }
    if let startsField = map.optional("class_starts") {
      if map.optional("class_every") != nil {
        throw startsField.error("is given with class_every", "give one: class_every for a rhythm, class_starts for dates")
      }
      var starts: [Int] = []
      for item in try startsField.list(example: "[2027-02-01, 2027-03-01]") {
        let date = try item.parse(example: "2027-02-01", LocalDate.init(parsing:))
        let days = start.distance(to: date)
        guard days >= 0, days % 7 == 0 else {
          throw item.error(
            "\(date.text) is not the first day of a week of the horizon", "give start + a whole number of weeks, like \(start.adding(days: 7 * (lead + 1)).text)")
        }
        guard days / 7 < horizon else {
          throw item.error(
            "\(date.text) is after the horizon (\(horizon) weeks from \(start.text))",
            "remove it, or lengthen the horizon with weeks (or --weeks)")
        }
        guard days / 7 >= lead else {
          throw item.error(
            "\(date.text) is before the lead time (\(lead) week\(lead == 1 ? "" : "s") from \(start.text))",
            "start the class on \(start.adding(days: 7 * lead).text) or later, or shorten lead_time")
        }
        starts.append(days / 7 + 1)
      }
      hiring.classStarts = starts
    } else {
      hiring.classEveryWeeks = try weeks(map.required("class_every", example: "2w"), allowZero: false)
    }
    return hiring
  }

  static func readCosts(_ field: YAMLField?) throws(InputError) -> CapacityAssumptions.Costs {
    let standard = CapacityAssumptions.Costs(fteWeek: 1, hire: 2, overtimeFteWeek: 1.5, shortfallFteWeek: 20)
    guard let field else { return standard }
    let map = try field.map(known: costKeys, example: "{ fte_week: 1.0, hire: 2.0, overtime_fte_week: 1.5, shortfall_fte_week: 20 }")
    return .init(
      fteWeek: try number(map.optional("fte_week"), default: standard.fteWeek, in: 0...1e9, example: "1.0"),
      hire: try number(map.optional("hire"), default: standard.hire, in: 0...1e9, example: "2.0"),
      overtimeFteWeek: try number(map.optional("overtime_fte_week"), default: standard.overtimeFteWeek, in: 0...1e9, example: "1.5"),
      shortfallFteWeek: try number(map.optional("shortfall_fte_week"), default: standard.shortfallFteWeek, in: 0...1e9, example: "20"))
  }

  /// A number within `range`, or `standard` when absent.
  static func number(_ field: YAMLField?, default standard: Double, in range: ClosedRange<Double>, example: String)
    throws(InputError) -> Double
  {
    guard let field else { return standard }
    return try field.parse(example: example) { (text) throws(ValueError) in
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      guard let value = Double(trimmed), value.isFinite else {
        throw ValueError(
          "\"\(text)\" is not a number",
          remedy: trimmed.contains(",") ? "use a dot for decimals, like \(example)" : "write it like \(example)")
      }
      guard range.contains(value) else {
        throw ValueError("\(trimmed) is outside \(Self.text(range.lowerBound)) to \(Self.text(range.upperBound))", remedy: "write it like \(example)")
      }
      return value
    }
  }

  private static func text(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// Weeks written `2w` or `14d` (a whole number of weeks).
  static func weeks(_ field: YAMLField, allowZero: Bool) throws(InputError) -> Int {
    try field.parse(example: "2w") { (text) throws(ValueError) in
      let compact = text.filter { !$0.isWhitespace }.lowercased()
      let days: Double
      if compact.hasSuffix("w"), let value = Double(compact.dropLast()) {
        days = value * 7
      } else if compact.hasSuffix("d"), let value = Double(compact.dropLast()) {
        days = value
      } else if Double(compact) != nil {
        throw ValueError("\"\(text)\" has no unit", remedy: "write weeks like \(compact)w")
      } else {
        throw ValueError("\"\(text)\" is not a number of weeks", remedy: "write it like 2w")
      }
      guard days >= 0, days.truncatingRemainder(dividingBy: 7) == 0, days <= 7 * 104 else {
        throw ValueError("\"\(text)\" is not a whole number of weeks up to 104", remedy: "write it like 2w")
      }
      guard allowZero || days > 0 else {
        throw ValueError("\"\(text)\" is no time between two classes", remedy: "give at least 1w (a class every week)")
      }
      return Int(days / 7)
    }
  }
}
