import Foundation
import Forecast

/// capacity.csv, hiring_plan.csv and capacity.json (docs/reference.md "capacity"): one plan, three
/// views; the weeks' costs sum to the JSON's objective and the classes' hires to its `hires`.
public enum CapacityFiles {
  /// The contract columns, then required FTE per channel (`required_fte_CHANNEL`) and the week's shrinkage.
  public static func capacityCSV(_ plan: CapacityPlan) -> String {
    var text = CSVText.line(
      [
        "week", "required_fte", "headcount", "in_training", "effective_fte", "attrition", "hires", "overtime_fte",
        "shortfall_fte", "surplus_fte", "cost",
      ] + plan.channels.map { "required_fte_\($0)" } + ["shrinkage"])
    for week in plan.weeks {
      text += CSVText.line(
        [
          week.start.text, fte(week.requiredFTE), fte(week.headcount), fte(week.inTraining), fte(week.effectiveFTE),
          fte(week.attrition), String(week.hires), fte(week.overtimeFTE), fte(week.shortfallFTE),
          fte(week.surplusFTE), fte(week.cost),
        ] + week.requiredByChannel.map(fte) + [CSVText.number(week.shrinkage, decimals: 4)])
    }
    return text
  }

  /// `class_start,hires,productive_from`, one row per class with hires.
  public static func hiringPlanCSV(_ plan: CapacityPlan) -> String {
    plan.classes.reduce(CSVText.line(["class_start", "hires", "productive_from"])) { text, item in
      text + CSVText.line([item.classStart.text, String(item.hires), item.productiveFrom.text])
    }
  }

  public static func json(_ plan: CapacityPlan, assumptions: CapacityAssumptions, notes: [String]) throws -> String {
    struct Class: Encodable {
      let classStart: String, hires: Int, productiveFrom: String, fullyProductiveFrom: String
    }
    struct Week: Encodable {
      let week: String, requiredFte: Double, requiredFteByChannel: [String: Double], effectiveFte: Double
      let headcount: Double, inTraining: Double, hires: Int, overtimeFte: Double, shortfallFte: Double
      let surplusFte: Double, cost: Double
    }
    struct Document: Encodable {
      let status: String, objective: Double, lowerBound: Double, gap: Double, seconds: Double
      let hires: Int, shortfallFteWeeks: Double, start: String, weeks: Int, startingHeadcount: Double
      let fteHours: Double, efficiency: Double, channels: [String], classes: [Class], byWeek: [Week]
      let notes: [String]
    }
    let document = Document(
      status: plan.status.rawValue, objective: round(plan.objective), lowerBound: round(plan.lowerBound),
      gap: (plan.gap * 1e6).rounded() / 1e6, seconds: (plan.seconds * 1000).rounded() / 1000, hires: plan.hires,
      shortfallFteWeeks: round(plan.shortfallFTEWeeks), start: assumptions.start.text, weeks: plan.weeks.count,
      startingHeadcount: round(plan.startingHeadcount), fteHours: assumptions.fteHours,
      efficiency: assumptions.efficiency, channels: plan.channels,
      classes: plan.classes.map {
        Class(
          classStart: $0.classStart.text, hires: $0.hires, productiveFrom: $0.productiveFrom.text,
          fullyProductiveFrom: $0.fullyProductiveFrom.text)
      },
      byWeek: plan.weeks.map { week in
        Week(
          week: week.start.text, requiredFte: round(week.requiredFTE),
          requiredFteByChannel: Dictionary(uniqueKeysWithValues: zip(plan.channels, week.requiredByChannel.map(round))),
          effectiveFte: round(week.effectiveFTE), headcount: round(week.headcount), inTraining: round(week.inTraining),
          hires: week.hires, overtimeFte: round(week.overtimeFTE), shortfallFte: round(week.shortfallFTE),
          surplusFte: round(week.surplusFTE), cost: round(week.cost))
      },
      notes: notes)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }

  /// FTE figures with two decimals (a hundredth of an FTE is 24 minutes a week).
  static func fte(_ value: Double) -> String { CSVText.number(value, decimals: 2) }

  /// Four decimals in JSON, enough to recompute the two-decimal CSV.
  static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
