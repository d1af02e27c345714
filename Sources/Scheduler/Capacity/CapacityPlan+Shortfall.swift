import Forecast

extension CapacityPlan {
  /// Why weeks are short, in a planner's words, or nil when none is (notes, summary and report).
  ///
  /// Names the weeks and FTE-weeks, then the cause the assumptions show: no class can start inside
  /// the horizon; the weeks come before the first class can produce; classes are full (`class_max`);
  /// or, with room left in classes, a hire costs more than the shortfall it would cover.
  public func shortfallExplanation(_ assumptions: CapacityAssumptions) -> String? {
    let short = weeks.indices.filter { weeks[$0].shortfallFTE > 0.005 }
    guard let first = short.first, let last = short.last else { return nil }
    let span = first == last ? "the week of \(weeks[first].start.text)" : "\(short.count) weeks from \(weeks[first].start.text) to \(weeks[last].start.text)"
    let total = shortfallFTEWeeks
    let head = "short in \(span): \(Self.format(total)) FTE-weeks (capacity.csv shortfall_fte)"
    let classWeeks = (1...weeks.count).filter { assumptions.isClassWeek($0) }
    guard let firstClass = classWeeks.first else {
      return head + "; no class can start inside the horizon (lead_time \(assumptions.hiring.leadTimeWeeks) weeks"
        + (assumptions.hiring.classStarts == nil ? "" : ", class_starts") + "): hire earlier or plan a longer horizon"
    }
    let productive = firstClass + TenureStages(assumptions).trainingWeeks
    let early = short.filter { $0 + 1 < productive }
    let later = short.filter { $0 + 1 >= productive }
    var causes: [String] = []
    if !early.isEmpty {
      let fteWeeks = early.reduce(0) { $0 + weeks[$1].shortfallFTE }
      causes.append(
        "\(Self.format(fteWeeks)) of them in \(early.count) week\(early.count == 1 ? "" : "s") before the first class can produce "
          + "(week of \(assumptions.weekStart(productive).text), after lead time and training)")
    }
    if !later.isEmpty {
      let fteWeeks = later.reduce(0) { $0 + weeks[$1].shortfallFTE }
      let full = classes.filter { $0.hires >= assumptions.hiring.classMax }.count
      let cause = full > 0
        ? "\(full) of \(classWeeks.count) classes are full (class_max \(assumptions.hiring.classMax)): larger or more frequent classes would close it"
        : "a hire costs more than the shortfall it would cover (shortfall_fte_week \(Self.format(assumptions.costs.shortfallFteWeek)), "
          + "fte_week \(Self.format(assumptions.costs.fteWeek)), hire \(Self.format(assumptions.costs.hire))), or the classes that could cover it arrive too late"
      causes.append("\(Self.format(fteWeeks)) in \(later.count) later week\(later.count == 1 ? "" : "s"): \(cause)")
    }
    return head + "; " + causes.joined(separator: "; ")
  }

  public static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
  }
}
