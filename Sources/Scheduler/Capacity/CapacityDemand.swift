import Foundation
import Forecast

/// Where a capacity plan's demand comes from: an interval forecast sized week by week, or weekly
/// agent-hours as given. Scenarios scale it (volume, handle time) before the hours are summed.
public struct CapacityDemand: Sendable {
  enum Source: Sendable {
    case forecast(ForecastTable, file: String)
    case workload(WeeklyWorkload)
  }

  let source: Source
  let plan: Plan
  let assumptions: CapacityAssumptions

  /// Reads exactly one of `forecastPath` and `workloadPath`.
  /// `weeksFromFlag`: `--weeks` set the horizon, so workload rows after it are left out (noted).
  public init(
    plan: Plan, forecastPath: String?, workloadPath: String?, assumptions: CapacityAssumptions, weeksFromFlag: Bool = false
  ) throws {
    self.plan = plan
    self.assumptions = assumptions
    let channels = plan.channels.map(\.id)
    switch (forecastPath, workloadPath) {
    case (let path?, nil):
      source = .forecast(
        try ForecastTable.read(path: path, calendar: plan.calendar, channels: Set(channels)), file: path)
    case (nil, let path?):
      source = .workload(
        try WeeklyWorkload.read(path: path, channels: channels, assumptions: assumptions, leavingOutLater: weeksFromFlag))
    case (nil, nil):
      throw InputError(
        file: "--forecast", problem: "neither --forecast nor --workload is given",
        remedy: "give an interval forecast (staffplan forecast --weeks N) or weekly agent-hours (week,channel,agent_hours)")
    case (_?, _?):
      throw InputError(
        file: "--workload", problem: "is given with --forecast", remedy: "give one of them: the forecast is sized, the workload used as written")
    }
  }

  /// Weekly agent-hours over `assumptions`' horizon (a scenario may change the horizon's shrinkage,
  /// never its weeks) with volume and handle time scaled per channel.
  public func workload(volume: ChannelFactors = ChannelFactors(), handleTime: ChannelFactors = ChannelFactors())
    throws(InputError) -> WeeklyWorkload
  {
    switch source {
    case .workload(var workload):
      if !volume.isIdentity || !handleTime.isIdentity {
        for (column, channel) in workload.channels.enumerated() {
          let factor = volume.factor(for: channel) * handleTime.factor(for: channel)
          for week in workload.hours.indices { workload.hours[week][column] *= factor }
        }
        workload.notes.append("--workload: volume and handle time changes scale agent-hours in proportion (no queueing effect)")
      }
      return workload
    case .forecast(let table, let file):
      var scaled = table
      if !volume.isIdentity || !handleTime.isIdentity {
        for index in scaled.rows.indices {
          let channel = scaled.rows[index].channel
          let factor = volume.factor(for: channel)
          scaled.rows[index].volume *= factor
          scaled.rows[index].low *= factor
          scaled.rows[index].high *= factor
          scaled.rows[index].handleTime = .seconds(
            real: scaled.rows[index].handleTime.inSeconds * handleTime.factor(for: channel))
        }
      }
      return try WeeklyWorkload.sized(forecast: scaled, file: file, plan: plan, assumptions: assumptions)
    }
  }
}
