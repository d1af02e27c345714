import Forecast
import Foundation
import Scheduler

/// One capacity plan (the base or a scenario): its inputs, its solved plan and its files.
struct CapacityRun {
  var name: String
  var assumptions: CapacityAssumptions
  var workload: WeeklyWorkload
  var result: CapacityPlan

  /// Sizes the demand, solves the hiring model.
  static func plan(
    name: String, assumptions: CapacityAssumptions, demand: CapacityDemand, volume: ChannelFactors = ChannelFactors(),
    handleTime: ChannelFactors = ChannelFactors(), headcount: Double, timeLimit: Duration, gap: Percentage = HiringModel.standardGap, writeModel: String? = nil
  ) throws -> CapacityRun {
    let workload = try demand.workload(volume: volume, handleTime: handleTime)
    let result = try HiringModel.plan(
      assumptions: assumptions, channels: workload.channels, workload: workload.hours, headcount: headcount,
      timeLimit: timeLimit, gap: gap, writeModel: writeModel)
    return CapacityRun(name: name, assumptions: assumptions, workload: workload, result: result)
  }

  /// Rows left out of the demand, then why weeks are short (each week is in capacity.csv).
  var notes: [String] {
    var notes = workload.notes
    let costs = assumptions.costs
    if costs.shortfallFteWeek <= costs.fteWeek {
      notes.append(
        "costs: an FTE-week short (\(CapacityPlan.format(costs.shortfallFteWeek))) costs no more than a paid head-week (\(CapacityPlan.format(costs.fteWeek))): the plan would rather fall short than hire; raise shortfall_fte_week")
    }
    return notes + (result.shortfallExplanation(assumptions).map { [$0] } ?? [])
  }

  /// capacity.csv, hiring_plan.csv, capacity.json and report.html into `folder`, each whole or not at all.
  func write(to folder: String, plan: Plan) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try AtomicFile.write(CapacityFiles.capacityCSV(result), to: "\(folder)/capacity.csv")
    try AtomicFile.write(CapacityFiles.hiringPlanCSV(result), to: "\(folder)/hiring_plan.csv")
    try AtomicFile.write(
      CapacityFiles.json(result, assumptions: assumptions, notes: notes), to: "\(folder)/capacity.json")
    try AtomicFile.write(CapacityReport.html(self, plan: plan), to: "\(folder)/report.html")
  }

  /// The planner's summary: horizon, demand, classes, cost and the solver's proof.
  var summary: String {
    let weeks = result.weeks
    let peak = weeks.max { $0.requiredFTE < $1.requiredFTE }!
    var lines = [
      String(
        format: "capacity (%@): %d weeks from %@, required FTE %.1f to %.1f (peak week of %@), starting head count %.1f",
        name, weeks.count, assumptions.start.text, weeks.map(\.requiredFTE).min()!, peak.requiredFTE,
        peak.start.text, result.startingHeadcount)
    ]
    if result.classes.isEmpty {
      lines.append(result.shortfallFTEWeeks > 0.005 ? "hiring: none (see the note on the weeks short)" : "hiring: no class needed")
    } else {
      let classes = result.classes.map { "\($0.classStart.text) \($0.hires)" }.joined(separator: ", ")
      lines.append("hiring: \(result.hires) hires in \(result.classes.count) classes (\(classes))")
    }
    lines.append(String(
      format: "end of horizon: head count %.1f, effective %.1f FTE; shortfall %.2f FTE-weeks",
      weeks.last!.headcount, weeks.last!.effectiveFTE, result.shortfallFTEWeeks))
    lines.append(String(
      format: "solver: %@, cost %.2f, lower bound %.2f, gap %.4f%%, %.2f s (stops within --gap of the bound)", result.status.rawValue, result.objective,
      result.lowerBound, result.gap * 100, result.seconds))
    return lines.joined(separator: "\n")
  }

  /// A scenario's folder name: letters, digits and dashes.
  static func folderName(_ name: String) -> String {
    String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
  }
}
