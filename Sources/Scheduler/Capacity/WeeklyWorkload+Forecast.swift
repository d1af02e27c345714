import Foundation
import Forecast

extension WeeklyWorkload {
  /// Sizes every interval of `forecast` as `require` does (each channel's model, target, patience,
  /// concurrency, occupancy cap, deferred workload) but without shrinkage, and sums agents x
  /// interval length per week of the horizon and channel. Rows outside the horizon are left out and
  /// said so in `notes`; a horizon week without any row is an error naming it.
  public static func sized(forecast: ForecastTable, file: String, plan: Plan, assumptions: CapacityAssumptions)
    throws(InputError) -> WeeklyWorkload
  {
    var productive = plan
    productive.shrinkage = Percentage(fraction: 0)
    for index in productive.channels.indices { productive.channels[index].shrinkage = nil }
    let calendar = plan.calendar
    var inHorizon: [ForecastTable.Row] = []
    var weeksOf: [Int] = []
    var weeksSeen = Set<Int>()
    var present = Set<String>()
    var before = 0
    var after = 0
    for row in forecast.rows {
      let days = assumptions.start.distance(to: calendar.localTime(for: row.start).date)
      if days < 0 { before += 1; continue }
      if days >= 7 * assumptions.weeks { after += 1; continue }
      inHorizon.append(row)
      weeksOf.append(days / 7)
      weeksSeen.insert(days / 7)
      present.insert(row.channel)
    }
    if let missing = (0..<assumptions.weeks).first(where: { !weeksSeen.contains($0) }) {
      throw InputError(
        file: file, field: "interval_start",
        problem: "has no interval in the week of \(assumptions.weekStart(missing + 1).text) (week \(missing + 1) of \(assumptions.weeks))",
        remedy: "forecast the whole horizon (staffplan forecast --start \(assumptions.start.text) --weeks \(assumptions.weeks)), or shorten it with --weeks \(missing)")
    }
    let requirements = try RequirementPlanner(plan: productive).requirements(for: ForecastTable(rows: inHorizon))
    let channels = plan.channels.map(\.id).filter(present.contains)
    let column = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1, $0) })
    let hoursPerInterval = plan.intervalLength.duration.inSeconds / 3600
    var hours = [[Double]](repeating: [Double](repeating: 0, count: channels.count), count: assumptions.weeks)
    // Requirements keep the rows' order, only closed intervals dropped: walk both to reuse each
    // row's week instead of placing every interval in local time again.
    var row = 0
    for requirement in requirements {
      while inHorizon[row].start != requirement.start || inHorizon[row].channel != requirement.channel { row += 1 }
      hours[weeksOf[row]][column[requirement.channel]!] += requirement.agents * hoursPerInterval
      row += 1
    }
    var notes: [String] = []
    let ownShrinkage = plan.channels.compactMap { channel in channel.shrinkage.map { "\(channel.id) \($0.percentText)" } }
    if !ownShrinkage.isEmpty {
      notes.append(
        "sized before shrinkage: plan.yaml's channel shrinkage (\(ownShrinkage.joined(separator: ", "))) is not used; capacity.yaml's shrinkage applies to every channel")
    }
    if before > 0 { notes.append("\(before) forecast rows before \(assumptions.start.text) left out") }
    if after > 0 {
      notes.append("\(after) forecast rows after \(assumptions.weekStart(assumptions.weeks).adding(days: 6).text) left out")
    }
    return WeeklyWorkload(channels: channels, hours: hours, notes: notes)
  }
}
